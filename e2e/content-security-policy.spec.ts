import { expect, test } from "./fixtures";
import { staffPage } from "./session";

// The pages that take passwords or act for an account run only scripts with this request's nonce;
// cached reader pages keep a fixed policy (SECURITY.md).

const scriptPolicy = (policy: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("script-src")) ?? "";

test("sign-in and the signed-in areas send a fresh nonce per request, and every script carries it", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/sign-in", "/sign-up"]) {
    const response = await request.get(path);
    const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
    expect(policies).toHaveLength(1);
    const policy = policies[0]?.value ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
    expect(scriptPolicy(policy)).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("base-uri 'none'");
    expect(response.headers()["cross-origin-resource-policy"]).toBe("same-origin");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(3);
});

test("a moderator's position page, rendered for them, runs only scripts with its nonce", async ({
  browser,
  request,
}) => {
  const mod = await staffPage(browser, "moderator");
  const id = (await (await request.get("/api/v1/positions?government=BRA&topic=governments-role")).json())[0]
    ?.id as number;
  expect(id).toBeGreaterThan(0);
  const response = await mod.request.get(`/positions/${id}`);
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const nonce = /'nonce-([^']+)'/.exec(policies[0]?.value ?? "")?.[1] ?? "";
  expect(scriptPolicy(policies[0]?.value ?? "")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // An anonymous reader's copy is the cached, shared one.
  expect(scriptPolicy((await request.get(`/positions/${id}`)).headers()["content-security-policy"] ?? "")).toBe(
    "script-src 'self' 'unsafe-inline'",
  );
  await mod.context().close();
});

test("reader pages keep their fixed policy, with no base element allowed", async ({ request }) => {
  for (const path of ["/methodology", "/governments/KEN"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(scriptPolicy(policy)).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("base-uri 'none'");
    expect(response.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  }
});

test("the sign-in page works under its policy: nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not a real passphrase at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  expect(violations).toEqual([]);
});
