import type { Browser } from "@playwright/test";
import { expect, newVisitor, test } from "./fixtures";
import { OWN_MODERATOR, type OwnServer, startOwnServer } from "./own-server";
import { fillProposal, freshDate } from "./proposal-form";
import { IXPS } from "./publish";
import { signUp, uniqueEmail } from "./session";
import { enterPassword, verifyWithAppCode } from "./two-factor";

// On a server of their own (e2e/own-server.ts), started once for both: a reader who watches a government gets a
// digest email after a moderator approves a change to it, and can unsubscribe in one click; then the database
// freezes: 503s that say so, nobody signed out, and everything back by itself when it answers again.

test.describe.configure({ mode: "serial" });

let own: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  own = await startOwnServer();
});
test.afterAll(async () => {
  test.setTimeout(60_000);
  await own?.stop();
});

const answer = (path: string) => fetch(`${own.base}${path}`, { signal: AbortSignal.timeout(15_000) });

/** A new visitor on the server who signs up, as readers of these features do. */
async function newReader(browser: Browser, name: string, label: string) {
  const page = await (await newVisitor(browser, { baseURL: own.base })).newPage();
  const email = uniqueEmail(label);
  await signUp(page, email, name);
  await expect(page).toHaveURL(/\/me$/);
  return { page, email };
}

test("a watchlist email arrives at the SMTP server after an approval, and its one-click unsubscribe works", async ({
  browser,
}) => {
  const { page: reader, email: readerEmail } = await newReader(browser, "Ada Alerted", "alerts");
  await reader.goto("/governments/CRI");
  await reader.getByRole("button", { name: "Watch" }).click();
  await expect(reader.getByRole("button", { name: "Unwatch" })).toBeVisible();
  await reader.goto("/me/watchlist");
  await reader.getByLabel("Email me a daily digest of approved changes to what I watch").check();
  await reader.getByRole("button", { name: "Save email alerts" }).click();
  await expect(reader.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await reader.goto("/contribute");
  await fillProposal(reader, {
    government: "Costa Rica",
    topic: IXPS,
    stance: "multistakeholder",
    date: freshDate(),
    summary: "Costa Rica said its exchange point is run by its members.",
    source: "https://example.org/costa-rica",
  });
  await reader.getByRole("button", { name: "Submit for review" }).click();
  await expect(reader.getByRole("heading", { name: "Submitted for review" })).toBeVisible();
  expect(own.smtp.received.some((m) => m.to.includes(readerEmail))).toBe(false); // nothing approved yet

  const mod = await (await newVisitor(browser, { baseURL: own.base })).newPage();
  await enterPassword(mod, OWN_MODERATOR.email, OWN_MODERATOR.password);
  await verifyWithAppCode(mod, OWN_MODERATOR.secret);
  await mod.goto("/moderation?government=CRI");
  await mod.getByRole("article").filter({ hasText: "Ada Alerted" }).getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByRole("article").filter({ hasText: "Ada Alerted" })).toHaveCount(0);

  await expect
    .poll(() => own.smtp.received.find((m) => m.to.includes(readerEmail))?.subject, { timeout: 30_000 })
    .toBe("Stance Atlas: 1 change to what you watch");
  const mail = own.smtp.received.find((m) => m.to.includes(readerEmail));
  expect(mail?.text).toContain("New position: Costa Rica on Internet Exchange Points in developing countries");
  expect(mail?.text).toContain(`${own.base}/positions/`);
  const unsubscribeUrl = /^<([^>]+)>$/.exec(mail?.header("List-Unsubscribe") ?? "")?.[1] ?? "";
  expect(unsubscribeUrl).toMatch(new RegExp(`^${own.base}/api/alerts/unsubscribe/[0-9a-f]{48}$`));
  const unsubscribed = await fetch(unsubscribeUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  expect(unsubscribed.status).toBe(200);
  await reader.goto("/me/watchlist");
  await expect(reader.getByLabel("Email me a daily digest of approved changes to what I watch")).not.toBeChecked();
  await reader.context().close();
  await mod.context().close();
});

test("a frozen database gives 503s that say so, signs nobody out, and the site recovers by itself", async ({
  browser,
}) => {
  const { page } = await newReader(browser, "Otto Outage", "outage");
  own.proxy.freeze();
  await expect.poll(() => answer("/api/health").then((r) => r.status), { timeout: 30_000 }).toBe(503);
  const api = await answer("/api/v1/positions?government=KEN");
  expect(api.status).toBe(503);
  expect(await api.json()).toEqual({
    error: "The database is not answering. Nothing was changed; try again in a moment.",
  });
  const matrix = await answer("/matrix?at=2001-01-01");
  expect(matrix.status).toBe(503);
  expect(await matrix.text()).toContain("Stance Atlas is briefly unavailable");
  const session = await page.request.get(`${own.base}/api/auth/session`);
  expect(session.headers()["set-cookie"] ?? "").not.toMatch(/authjs\.session-token=;/); // the cookie is not cleared

  own.proxy.thaw();
  await expect.poll(() => answer("/api/health").then((r) => r.status), { timeout: 30_000 }).toBe(200);
  expect((await answer("/matrix?at=2001-01-01")).status).toBe(200);
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible(); // still signed in
  await page.context().close();
});
