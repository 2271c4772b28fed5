import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, newVisitor, test } from "./fixtures";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { staffPage } from "./session";
import { STAFF } from "./staff";

// Reader pages come from the page cache; an approval changes exactly the pages that show it,
// and a page view asks the server for one page.

const READER_PAGES = [
  "/",
  "/matrix",
  "/matrix?at=2013-05-17",
  "/ar/matrix?at=2013-05-17",
  "/changes",
  "/log",
  "/governments/RUS",
  "/topics/un-cybercrime-treaty",
  "/positions/1",
  "/methodology",
  "/topics",
  "/governments",
  "/sign-in",
  "/compare?governments=RUS,USA&at=2019-12-28",
  "/blocs",
  "/blocs/eu?at=2020-02-01",
  "/embed/matrix?at=2019-12-28",
  "/embed/topics/un-cybercrime-treaty",
  "/embed/governments/RUS",
];

/** Fetches a page twice as an anonymous reader: the second answer says whether it came from the cache. */
async function twice(request: APIRequestContext, path: string) {
  await request.get(path);
  const response = await request.get(path);
  return { cache: response.headers()["x-nextjs-cache"], body: await response.text() };
}

const anonymous = async (browser: Browser) => (await newVisitor(browser)).request;

test("a reader's page comes from the cache until an approval changes it; other governments' pages stay cached", async ({
  browser,
}) => {
  const reader = await anonymous(browser);
  const mod = await staffPage(browser, "moderator");
  const first = "Mongolia described its exchange point as a shared national facility.";
  await publishAsModerator(mod, "Mongolia", freshDate(), first);
  expect(await twice(reader, "/governments/MNG")).toMatchObject({ cache: "HIT", body: expect.stringContaining(first) });
  expect((await twice(reader, "/governments/NPL")).cache).toBe("HIT");
  expect((await twice(reader, "/changes")).cache).toBe("HIT");
  const comparisons = ["/compare?governments=MNG,NPL", "/compare?governments=RUS,NPL"];
  for (const path of comparisons) expect((await twice(reader, path)).cache).toBe("HIT");
  // A government's embed and preview image are cached, and dropped, with its page.
  // So are its pages in other languages: each its own entry, all dropped together.
  const withPage = [
    "/embed/governments/MNG",
    "/og/governments/MNG",
    "/ar/governments/MNG",
    "/embed/governments/NPL",
    "/og/governments/NPL",
    "/zh/governments/NPL",
  ];
  for (const path of withPage) expect((await twice(reader, path)).cache, path).toBe("HIT");

  const second = "Mongolia later called its exchange point a community-run facility.";
  await publishAsModerator(mod, "Mongolia", freshDate(), second);
  const mongolia = await reader.get("/governments/MNG");
  expect(mongolia.headers()["x-nextjs-cache"]).not.toBe("HIT"); // rendered afresh
  expect(await mongolia.text()).toContain(second);
  expect((await reader.get("/governments/NPL")).headers()["x-nextjs-cache"]).toBe("HIT"); // not touched
  expect(await (await reader.get("/changes")).text()).toContain("Mongolia");
  // A comparison is dropped by a change to one of its governments, and only then.
  expect((await reader.get("/compare?governments=MNG,NPL")).headers()["x-nextjs-cache"]).not.toBe("HIT");
  expect((await reader.get("/compare?governments=RUS,NPL")).headers()["x-nextjs-cache"]).toBe("HIT");
  for (const path of ["/embed/governments/MNG", "/og/governments/MNG", "/ar/governments/MNG"])
    expect((await reader.get(path)).headers()["x-nextjs-cache"], path).not.toBe("HIT");
  for (const path of ["/embed/governments/NPL", "/og/governments/NPL", "/zh/governments/NPL"])
    expect((await reader.get(path)).headers()["x-nextjs-cache"], path).toBe("HIT");
  await mod.context().close();
});

test("signed-in readers get the same cached pages, with their account in the header", async ({ browser }) => {
  const mod = await staffPage(browser, "moderator");
  await mod.goto("/governments/RUS");
  await mod.goto("/governments/RUS");
  const response = await mod.reload();
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  const nav = mod.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: STAFF.moderator.name })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Moderation" })).toBeVisible();
  // The account links fill in after load without moving the page: an admin's three start it where a reader's one does.
  const admin = await staffPage(browser, "admin");
  await admin.goto("/governments/RUS");
  await expect(
    admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin", exact: true }),
  ).toBeVisible();
  const reader = await (await newVisitor(browser)).newPage();
  await reader.goto("/governments/RUS");
  await expect(reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  const top = (page: typeof mod) => page.locator("main").evaluate((main) => main.getBoundingClientRect().top);
  expect(await top(admin)).toBe(await top(reader));
  await Promise.all([mod, admin, reader].map((page) => page.context().close()));
});

// One test per page, each with its own time: eighteen page loads to network idle do not fit one test's minute on a busy machine.
for (const path of READER_PAGES) {
  test(`${path} asks the server for one page, reaches network idle and leaves nothing pending`, async ({ page }) => {
    const open = new Set<string>();
    const pageRequests: string[] = [];
    page.on("request", (request) => {
      open.add(request.url());
      if (request.resourceType() === "document" || request.headers().rsc === "1") pageRequests.push(request.url());
    });
    page.on("requestfinished", (request) => open.delete(request.url()));
    page.on("requestfailed", (request) => open.delete(request.url()));
    await page.goto(path, { waitUntil: "networkidle" });
    expect(pageRequests, path).toHaveLength(1);
    // The account island asks for the session once the page has hydrated: that request, like every other, ends.
    await expect.poll(() => [...open], { message: path }).toEqual([]);
  });
}

test("the footer's API link opens the JSON description of the API", async ({ page }) => {
  await page.goto("/changes");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/v1/openapi.json")),
    page.getByRole("link", { name: "JSON API" }).click(),
  ]);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ openapi: expect.stringMatching(/^3\.1/) });
});
