import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hostPage } from "./host-page";

// Embeds: other sites may frame /embed/* and nothing else; the Embed button's code shows the view it was copied from.

const TOPIC = "Who makes the rules for states in cyberspace";

test("a topic's map embed renders inside an iframe on another site, and a site page there is refused", async ({
  browser,
  baseURL,
}) => {
  // A plain browser context: the host page is not the app's, and never says it has hydrated.
  const context = await browser.newContext();
  const page = await context.newPage();
  const host = await hostPage(
    `<iframe title="embed" src="${baseURL}/embed/topics/cyber-norms-process?tab=map" width="640" height="640"></iframe>` +
      `<iframe title="page" src="${baseURL}/topics/cyber-norms-process" width="640" height="400"></iframe>`,
  );
  try {
    const refused = page.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
    await page.goto(host.url);
    const embed = page.frameLocator('iframe[title="embed"]');
    await expect(embed.getByRole("heading", { level: 1 })).toContainText(TOPIC);
    await expect(embed.getByRole("img", { name: new RegExp(`^World map: ${TOPIC}, as of`) })).toBeVisible();
    // The credit line opens the full view in a new tab; the site's own header is not there.
    const credit = embed.getByRole("link", { name: /^Stance Atlas · as of .* · source$/ });
    await expect(credit).toHaveAttribute("href", "/topics/cyber-norms-process#map");
    await expect(credit).toHaveAttribute("target", "_blank");
    await expect(embed.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
    await expect(embed.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    // The topic's page refuses to be framed: Chromium says so and shows its error page instead.
    expect((await refused).text()).toContain("The request has been blocked");
    const frames = page.frames().map((frame) => frame.url());
    expect(frames).toContain("chrome-error://chromewebdata/");
    expect(frames).not.toContain(`${baseURL}/topics/cyber-norms-process`);
  } finally {
    await context.close();
    await host.close();
  }
});

test("only embeds may be framed, and they set no cookie", async ({ request, page }) => {
  for (const path of [
    "/embed/matrix?at=2019-12-28",
    "/embed/topics/cyber-norms-process?tab=chart",
    "/embed/governments/BRA",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors *");
    expect(response.headers()["x-frame-options"], path).toBeUndefined();
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  for (const path of ["/matrix", "/topics/cyber-norms-process", "/governments/BRA", "/sign-in"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  // An embed that does not exist may not be framed, and shows no site header or account links.
  for (const path of ["/embed/topics/no-such-topic", "/embed/governments/XYZ", "/embed/nothing-here"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    // What a reader of the frame sees (Next renders a 404's content from its payload in the browser).
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  }
});

/** The src of the <iframe> in the Embed panel's code. */
async function embedSource(page: Page): Promise<URL> {
  const code = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll("&amp;", "&");
  expect(src, code).toBeTruthy();
  return new URL(src ?? "");
}

test("the matrix's Embed button gives the code of the view on screen, and that code shows the same view", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/matrix?at=2019-12-28&topics=cyber-norms-process,un-cybercrime-treaty&region=Europe&tab=map");
  const status = page.getByText(/of 195 governments as of/);
  await expect(status).toContainText("as of 28 Dec 2019");
  const shown = await status.textContent();
  await page.getByRole("button", { name: "Embed" }).click();
  const src = await embedSource(page);
  expect(src.pathname).toBe("/embed/matrix");
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    at: "2019-12-28",
    topics: "cyber-norms-process,un-cybercrime-treaty",
    region: "Europe",
    tab: "map",
  });
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(src.toString().replaceAll("&", "&amp;"));

  await page.goto(src.toString());
  await expect(page.getByText(/of 195 governments as of/)).toHaveText(shown ?? "");
  await expect(page.getByRole("tab", { name: "Map", selected: true })).toBeVisible();
  await expect(page.getByRole("group", { name: /^World map: Who makes the rules/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Embed" })).toHaveCount(0); // not inside an embed
});

test("a topic's and a government's Embed code reproduce their views", async ({ page }) => {
  await page.goto("/topics/un-cybercrime-treaty");
  await page.getByRole("button", { name: "Embed" }).click();
  await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "The chart" });
  const chart = await embedSource(page);
  expect(`${chart.pathname}${chart.search}`).toBe("/embed/topics/un-cybercrime-treaty?tab=chart");
  await page.goto(chart.toString());
  await expect(page.getByRole("group", { name: /^A new UN cybercrime treaty: stances over time/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Chart" })).toHaveAttribute("aria-current", "page");

  await page.goto("/governments/BRA");
  await page.getByRole("button", { name: "Embed" }).click();
  const government = await embedSource(page);
  expect(government.pathname).toBe("/embed/governments/BRA");
  await page.goto(government.toString());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Brazil: stance on Internet governance, topic by topic",
  );
  await expect(
    page.getByRole("list", { name: "Role of governments in Internet governance: positions over time" }),
  ).toContainText(/14 May 2013.*Leans intergovernmental.*16 May 2013.*Mixed/);
  // A link inside an embed opens the full site in a new tab.
  await expect(page.getByRole("link", { name: "Role of governments in Internet governance" })).toHaveAttribute(
    "target",
    "_blank",
  );
});

test("every embed fits a frame from 320 to 1200 pixels wide without a page-wide scroll bar", async ({ page }) => {
  for (const width of [320, 1200]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      "/embed/matrix?at=2019-12-28",
      "/embed/topics/cyber-norms-process",
      "/embed/topics/cyber-norms-process?tab=chart",
      "/embed/governments/BRA",
    ]) {
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path} at ${width} px`,
      ).toBeLessThanOrEqual(width);
    }
  }
});
