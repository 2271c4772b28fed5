import { createHash } from "node:crypto";
import { type APIRequestContext, type Page } from "@playwright/test";
import { releaseResponse } from "@/server/schemas/release-responses";
import { expect, test } from "./fixtures";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { staffPage } from "./session";

// Citable data releases: an admin publishes one; its files never change; the next one lists what changed.

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Publishes the next release from /admin/releases and returns its number. */
async function publishRelease(admin: Page, note: string): Promise<number> {
  await admin.goto("/admin/releases");
  const button = admin.getByRole("button", { name: /^Publish release \d+$/ });
  const version = Number((await button.textContent())?.replace(/\D+/g, ""));
  await admin.getByLabel("Note").fill(note);
  await button.click();
  await expect(admin.getByRole("status")).toHaveText(`Published release ${version}.`);
  return version;
}

test("a release's files stay byte-identical after a later approval; the next release's changelog lists it, its page says how to cite it, and only admins may publish", async ({
  browser,
  page,
  request,
}) => {
  const admin = await staffPage(browser, "admin");
  const mod = await staffPage(browser, "moderator");
  const first = await publishRelease(admin, "The reference dataset as the end-to-end tests found it.");

  await page.goto("/data");
  const card = page.getByRole("article", { name: `Release ${first}` });
  await expect(card).toContainText("The reference dataset as the end-to-end tests found it.");
  const csvRow = card.getByRole("row").filter({ hasText: "positions.csv" });
  const shownSha = (await csvRow.locator("code").textContent()) ?? "";
  const csvUrl = `/api/v1/releases/${first}/positions.csv`;
  await expect(csvRow.getByRole("link", { name: "positions.csv" })).toHaveAttribute("href", csvUrl);
  const identity = { "Accept-Encoding": "identity" };
  const csv = await request.get(csvUrl, { headers: identity });
  const bytes = await csv.body();
  expect(sha256(bytes)).toBe(shownSha);
  expect(csv.headers()["etag"]).toBe(`"${shownSha}"`);
  expect(csv.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // The gzip-compressed answer is another representation: the same file once decompressed (the client
  // decompresses it), compressed once, under its own ETag.
  const gzipped = await request.get(csvUrl, { headers: { "Accept-Encoding": "gzip" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(gzipped.headers()["vary"]).toContain("Accept-Encoding");
  expect(sha256(await gzipped.body())).toBe(shownSha);
  expect(gzipped.headers()["etag"]).toBe(`"${shownSha}+gzip"`);
  const json = await (await request.get(`/api/v1/releases/${first}/positions.json`)).body();

  // A change approved after the release: a new position of Lesotho's (no other spec touches Lesotho).
  const summary = `Lesotho spoke for its exchange point after release ${first}.`;
  const added = await publishAsModerator(mod, "Lesotho", freshDate(), summary);
  expect(Buffer.compare(await (await request.get(csvUrl)).body(), bytes)).toBe(0);
  expect(Buffer.compare(await (await request.get(`/api/v1/releases/${first}/positions.json`)).body(), json)).toBe(0);
  expect((await request.get(csvUrl, { headers: { ...identity, "If-None-Match": `"${shownSha}"` } })).status()).toBe(
    304,
  );

  const second = await publishRelease(admin, "Adds Lesotho's statement on exchange points.");
  expect(second).toBe(first + 1);
  const release = releaseResponse.parse(await (await request.get(`/api/v1/releases/${second}`)).json());
  expect(release.changelog.previous).toBe(first);
  expect(release.changelog.added).toContainEqual({ id: added, government: "LSO", topic: "ixps", stance: "mixed" });
  await page.goto(`/data/releases/${second}`);
  const changes = page.getByRole("list", { name: "Added positions" });
  await expect(
    changes.getByRole("link", { name: "Lesotho on Internet Exchange Points in developing countries" }),
  ).toHaveAttribute("href", `/positions/${added}`);
  // The earlier release still holds what it held.
  expect(Buffer.compare(await (await request.get(csvUrl)).body(), bytes)).toBe(0);

  // Only admins publish: the moderator who approved the change may not.
  await mod.goto("/admin/releases");
  await expect(mod.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await expect(mod.getByRole("button", { name: /^Publish release/ })).toHaveCount(0);
  const refused = await mod.request.post("/api/trpc/releases.publish", {
    headers: { origin: new URL(mod.url()).origin },
    data: { note: "A moderator's release." },
  });
  expect(refused.status()).toBe(403);
  await admin.context().close();
  await mod.context().close();
  await citeLatest(page, request, second);
});

/** The newest release (the API lists it first) has a page that says how to cite it; bad numbers and names are refused. */
async function citeLatest(page: Page, request: APIRequestContext, version: number) {
  const [newest] = (await (await request.get("/api/v1/releases")).json()) as unknown[];
  const latest = releaseResponse.parse(newest);
  expect(latest.version).toBe(version);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Stance Atlas data release ${latest.version}`);
  const apa = page.getByLabel("APA citation");
  // The permanent address is the site's public one (SITE_URL, set for the test servers in playwright.config.ts).
  await expect(apa).toHaveText(
    `Stance Atlas. (${latest.publishedAt.slice(0, 4)}). Stance Atlas data release ${latest.version} (Version ${latest.version}) [Data set]. https://stanceatlas.example/data/releases/${latest.version}`,
  );
  await expect(page.getByLabel("BibTeX citation")).toContainText(`@misc{stanceatlas_release_${latest.version},`);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`version = {${latest.version}}`);

  expect((await request.get("/api/v1/releases/0")).status()).toBe(400);
  expect((await request.get("/api/v1/releases/abc/positions.csv")).status()).toBe(400);
  expect((await request.get("/api/v1/releases/999999")).status()).toBe(404);
  expect((await request.get(`/api/v1/releases/${latest.version}/positions.xml`)).status()).toBe(404);
  expect((await page.goto("/data/releases/999999"))?.status()).toBe(404);
}
