import { test as base, type Browser, type BrowserContext } from "@playwright/test";

// Each browser context in these tests is a different visitor, as a reverse proxy would report
// it (X-Forwarded-For), so per-address limits count each visitor on its own, as in production.

export const visitorAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/** A browser context of its own (its own cookies and address: another device). */
export const newVisitor = (browser: Browser): Promise<BrowserContext> => browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorAddress() } });

export const test = base.extend({
  context: async ({ context }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": visitorAddress() });
    await provide(context);
  },
});

export { expect } from "@playwright/test";
