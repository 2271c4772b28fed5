import { test as base, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";

// Each browser context in these tests is a different visitor, as a reverse proxy would report
// it (X-Forwarded-For), so per-address limits count each visitor on its own, as in production.

export const visitorAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/**
 * After each full page load, waits until React has hydrated the page and its islands (app/_components/hydration-marker.tsx),
 * as a person waits for a page to settle: cached pages arrive well before their JavaScript, and a value
 * typed or chosen before hydration is lost.
 */
function settleAfterLoads(page: Page) {
  const settled = async (response: Response | null) => {
    if (response?.headers()["content-type"]?.includes("text/html")) {
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // Islands in Suspense boundaries (the matrix) hydrate after the page around them.
      await page.waitForFunction(() => document.querySelectorAll('[data-island="pending"]').length === 0);
    }
    return response;
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => settled(await goto(url, options));
  const reload = page.reload.bind(page);
  page.reload = async (options) => settled(await reload(options));
}

/** A browser context of its own (its own cookies and address: another device). */
export async function newVisitor(
  browser: Browser,
  options: { storageState?: string; baseURL?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": visitorAddress() } });
  context.on("page", settleAfterLoads);
  return context;
}

export const test = base.extend({
  context: async ({ context }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": visitorAddress() });
    context.on("page", settleAfterLoads);
    await provide(context);
  },
});

export { expect } from "@playwright/test";
