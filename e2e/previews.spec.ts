import { expect, test } from "./fixtures";

// Pictures of what pages show, in the page's language: preview images for shared links, and the map and chart as files.

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a"); // the PNG signature
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("a topic page's preview image is a 1200×630 PNG of its map, answered from the cache the second time", async ({
  page,
  request,
}) => {
  await page.goto("/topics/cyber-norms-process");
  const image = page.locator('meta[property="og:image"]');
  const url = new URL((await image.getAttribute("content")) ?? "");
  expect(url.pathname).toBe("/og/topics/cyber-norms-process");
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", url.toString());

  const first = await request.get(url.pathname);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await first.body())).toEqual({ width: 1200, height: 630 });
  const second = await request.get(url.pathname);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(Buffer.compare(await second.body(), await first.body())).toBe(0);
});

test("government and matrix pages have preview images of what they show; an unknown topic's is a 404", async ({
  page,
  request,
}) => {
  await page.goto("/governments/BRA");
  expect(new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "").pathname).toBe(
    "/og/governments/BRA",
  );
  await page.goto("/matrix?at=2019-12-28&region=Europe");
  const matrix = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  expect(`${matrix.pathname}${matrix.search}`).toBe("/og/matrix?at=2019-12-28&region=Europe");
  for (const path of ["/og/governments/BRA", `${matrix.pathname}${matrix.search}`]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"], path).toBe("image/png");
    expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
  }
  expect((await request.get("/og/topics/no-such-topic")).status()).toBe(404);
});

test("a topic's map and chart download as PNG and SVG, as of a date", async ({ page, request }) => {
  await page.goto("/topics/cyber-norms-process");
  const map = page.getByRole("region", { name: "Where governments stand today" });
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    map.getByRole("link", { name: "Download SVG" }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/^stance-atlas-cyber-norms-process-map-\d{4}-\d{2}-\d{2}\.svg$/);
  const markup = (await (await svg.createReadStream()).toArray()).join("");
  expect(markup).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(markup).toContain("Who makes the rules for states in cyberspace");
  expect(markup).toContain("<title>Russia: Leans intergovernmental</title>");

  const chart = page.getByRole("region", { name: "Stances over time" });
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    chart.getByRole("link", { name: "Download PNG" }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/-chart-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(Buffer.concat(await (await png.createReadStream()).toArray()))).toEqual({ width: 1200, height: 630 });

  // The matrix's map and chart tabs download the same files, as of the date shown.
  await page.goto(
    "/matrix?at=2019-12-28&topics=un-cybercrime-treaty,cyber-norms-process&tab=chart&topic=cyber-norms-process",
  );
  await expect(page.getByRole("link", { name: "Download PNG" })).toHaveAttribute(
    "href",
    "/api/v1/topics/cyber-norms-process/chart.png?at=2019-12-28",
  );
  await expect(page.getByRole("link", { name: "Download SVG" })).toHaveAttribute(
    "href",
    "/api/v1/topics/cyber-norms-process/chart.svg?at=2019-12-28",
  );

  // Before the 2018 resolution, nobody had a recorded position on it.
  const before = await request.get("/api/v1/topics/cyber-norms-process/map.svg?at=2018-01-01");
  expect(await before.text()).toContain("<title>Russia: no recorded position</title>");
  const bad = await request.get("/api/v1/topics/cyber-norms-process/map.svg?at=2018-02-30");
  expect(bad.status()).toBe(400);
  expect((await request.get("/api/v1/topics/cyber-norms-process/map.gif")).status()).toBe(404);
  expect((await request.get("/api/v1/topics/no-such-topic/map.png")).status()).toBe(404);
});

test("an Arabic page's preview image and downloads are drawn in Arabic, right to left", async ({ page, request }) => {
  await page.goto("/ar/topics/cyber-norms-process");
  const url = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  expect(url.pathname).toBe("/ar/og/topics/cyber-norms-process");
  const preview = await request.get(url.pathname);
  expect(preview.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await preview.body())).toEqual({ width: 1200, height: 630 });
  // The English page's picture is another drawing.
  expect(
    Buffer.compare(await preview.body(), await (await request.get("/og/topics/cyber-norms-process")).body()),
  ).not.toBe(0);

  const svgLink = page.locator('a[href*="/map.svg"]').first();
  await expect(svgLink).toHaveAttribute("href", "/api/v1/topics/cyber-norms-process/map.svg?lang=ar");
  const [download] = await Promise.all([page.waitForEvent("download"), svgLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^stance-atlas-cyber-norms-process-map-\d{4}-\d{2}-\d{2}-ar\.svg$/);
  const markup = (await (await download.createReadStream()).toArray()).join("");
  expect(markup).toContain('xml:lang="ar"');
  // Isolated right to left (U+2067 … U+2069), so any renderer sets it from the right.
  expect(markup).toContain("\u2067مَن يضع القواعد للدول في الفضاء الإلكتروني\u2069");
  expect(markup).toContain("يميل إلى النهج الحكومي الدولي");
  expect(markup).toMatch(/<title>روسيا: [^<]+<\/title>/); // a country's name and stance on hover, in Arabic
});
