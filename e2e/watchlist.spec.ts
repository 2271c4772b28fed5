import { expect, test } from "./fixtures";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { account } from "./accounts";
import { signedInPage, staffPage } from "./session";

// Watchlists: Watch on a page, the changes on /me/watchlist, and a private feed that can be turned off.

test("a reader watches a government; its next approved change is on their watchlist and in their private feed, until they turn it off", async ({
  browser,
  page,
  request,
}) => {
  // Signed out, Watch leads to sign-in.
  await page.goto("/governments/PAN");
  await expect(page.getByRole("link", { name: "Watch" })).toHaveAttribute(
    "href",
    /\/sign-in\?callbackUrl=%2Fgovernments%2FPAN/,
  );

  const reader = await signedInPage(browser, account("watcher").email);
  await reader.goto("/governments/PAN");
  await reader.getByRole("button", { name: "Watch" }).click();
  await expect(reader.getByRole("button", { name: "Unwatch" })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("button", { name: "Unwatch" })).toBeVisible();

  const mod = await staffPage(browser, "moderator");
  const summary = "Panama said its exchange point should stay neutral and member-run.";
  await publishAsModerator(mod, "Panama", freshDate(), summary);

  await reader.goto("/me/watchlist");
  await expect(reader.getByRole("list", { name: "Watched" })).toContainText("Panama");
  await expect(
    reader.getByRole("list", { name: "Changes" }).getByRole("listitem").filter({ hasText: "Panama" }).first(),
  ).toContainText("New position");

  await reader.getByRole("button", { name: "Make a feed address" }).click();
  const address = (await reader.getByRole("status").locator("code").textContent()) ?? "";
  expect(address).toMatch(/\/feeds\/watchlist\/[A-Za-z0-9_-]{43}$/);
  const feed = await request.get(new URL(address).pathname);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(feed.headers()["cache-control"]).toBe("private, no-store");
  expect(feed.headers()["referrer-policy"]).toBe("no-referrer"); // the route's own, not next.config.ts's
  expect(await feed.text()).toContain("Panama");
  // The same feed in Spanish: its title, the government's name and the labels.
  const spanish = await request.get(`${new URL(address).pathname}?lang=es`);
  expect(spanish.headers()["content-language"]).toBe("es");
  expect(await spanish.text()).toMatch(/<title>[^<]*lista de seguimiento de [^<]*<\/title>[\s\S]*Panamá/);
  expect((await request.get(`${new URL(address).pathname}?lang=pt`)).status()).toBe(400);
  await reader.getByRole("button", { name: "Turn off the feed" }).click();
  await expect(reader.getByRole("button", { name: "Make a feed address" })).toBeVisible();
  expect((await request.get(new URL(address).pathname)).status()).toBe(404);

  await reader.getByRole("button", { name: "Unwatch Panama" }).click();
  await expect(reader.getByText("Nothing yet.")).toBeVisible();
  for (const p of [reader, mod]) await p.context().close();
});
