import { expect, test } from "./fixtures";

test(
  "the home page says what the portal is for and leads to topics and governments",
  { tag: "@smoke" },
  async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Stance Atlas/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Where governments stand on Internet governance" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the comparison matrix" })).toHaveAttribute("href", "/matrix");
    await expect(page.getByRole("list", { name: "Stance scale" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();

    await page.getByRole("link", { name: "Browse topics" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(10);
    await expect(page.getByText("Opening the ITU's CWG-Internet to all stakeholders")).toBeVisible();
  },
);

test("the governments page finds a government by name or ISO code", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/governments");
  await expect(page.getByText("195 of 195 governments")).toBeVisible();
  await page.getByLabel("Find a government").fill("swe");
  await expect(page.getByText("Sweden", { exact: true })).toBeVisible();
  await expect(page.getByText("Brazil", { exact: true })).toBeHidden();
  await page.getByLabel("Find a government").fill("PSE");
  await expect(page.getByText("Palestine", { exact: true })).toBeVisible();
  await page.getByLabel("Find a government").fill("Atlantis");
  await expect(page.getByText("No government matches “Atlantis”.")).toBeVisible();
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("an unknown address gets a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await page.getByRole("link", { name: "All governments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Governments" })).toBeVisible();
});

test(
  "pages are served with security headers, rendered or from the cache, compressed or not",
  { tag: "@smoke" },
  async ({ request }) => {
    const bodies: string[] = [];
    // The first answer may be a render; the next ones come from the page cache, answered before Next (server/front/).
    for (const encoding of ["identity", "identity", "gzip"]) {
      const response = await request.get("/governments/KEN", { headers: { "accept-encoding": encoding } });
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
      expect(headers["content-type"]).toBe("text/html; charset=utf-8");
      if (encoding === "gzip") expect(headers["content-encoding"]).toBe("gzip");
      bodies.push(await response.text());
    }
    expect(bodies[1]).toContain("Kenya");
    expect(bodies[2]).toBe(bodies[1]); // the gzip copy is the same page
  },
);

test("reader pages fit a phone's width: wide tables scroll inside their box, never the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of [
    "/matrix?at=2019-12-28",
    "/matrix?tab=map",
    "/topics/cyber-norms-process",
    "/methodology",
    "/data",
    "/log",
    "/governments/BRA",
    "/camps?at=2019-12-28",
    "/records/unga-73-266-gge-2018",
    "/search?q=cybercrime",
  ]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
