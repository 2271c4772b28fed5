import { chromium } from "@playwright/test";
import { chromiumPath } from "@/server/testing/chromium";

// Server renders per page view, counted in Chromium: every request for a page (the document,
// and any React Server Components payload a link prefetches) is at most one render, and none
// on a cache hit. Also says whether any request was still pending once the page was idle.

export type PageViewFigures = { path: string; pageRequests: number; pending: number };

export async function pageViews(base: string, paths: string[]): Promise<PageViewFigures[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const figures: PageViewFigures[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      const open = new Set<string>();
      let pageRequests = 0;
      page.on("request", (request) => {
        open.add(request.url());
        const headers = request.headers();
        if (request.resourceType() === "document" || headers.rsc === "1" || request.url().includes("_rsc="))
          pageRequests++;
      });
      page.on("requestfinished", (request) => open.delete(request.url()));
      page.on("requestfailed", (request) => open.delete(request.url()));
      await page.goto(`${base}${path}`, { waitUntil: "networkidle", timeout: 60_000 });
      figures.push({ path, pageRequests, pending: open.size });
      await page.close();
    }
    return figures;
  } finally {
    await browser.close();
  }
}
