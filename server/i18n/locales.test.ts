import { describe, expect, it } from "vitest";
import { isPageHref, languageAlternates, localizeHref, splitLocale } from "./locales";

describe("a page's address in each language", () => {
  it("puts a page under its language's prefix, and leaves English, the API, feeds and files as they are", () => {
    expect(localizeHref("ar", "/governments/EGY")).toBe("/ar/governments/EGY");
    expect(localizeHref("zh", "/")).toBe("/zh");
    expect(localizeHref("zh", "/?at=2019-12-28")).toBe("/zh?at=2019-12-28");
    expect(localizeHref("fr", "/methodology#corrections")).toBe("/fr/methodology#corrections");
    expect(localizeHref("en", "/matrix")).toBe("/matrix");
    // A page's preview image is drawn in its language, like the page.
    expect(localizeHref("ar", "/og/topics/ixps")).toBe("/ar/og/topics/ixps");
    for (const href of ["/api/v1/matrix", "/changes.atom", "/feeds/watchlist/x", "https://example.org/", "//x"])
      expect(localizeHref("ru", href), href).toBe(href);
  });

  it("tells the site's pages from files, the API, feeds and other sites (a link to a page goes through the router)", () => {
    for (const page of ["/", "/matrix?at=2019-12-28", "/ar/governments/EGY#positions", "/og/topics/ixps"])
      expect(isPageHref(page), page).toBe(true);
    for (const other of [
      "/api/v1/matrix",
      "/changes.atom",
      "/feeds/watchlist/x",
      "/figures/x/map.svg",
      "https://x.org/",
      "//x",
      "#top",
    ])
      expect(isPageHref(other), other).toBe(false);
  });

  it("reads the language a path names, only as a whole first segment", () => {
    expect(splitLocale("/ar/matrix")).toEqual({ locale: "ar", path: "/matrix", prefixed: true });
    expect(splitLocale("/es")).toEqual({ locale: "es", path: "/", prefixed: true });
    expect(splitLocale("/arabic")).toEqual({ locale: "en", path: "/arabic", prefixed: false });
  });

  it("names the page in all six languages for search engines, English as the default", () => {
    expect(languageAlternates("/matrix?at=2019-12-28")).toEqual({
      en: "/matrix?at=2019-12-28",
      ar: "/ar/matrix?at=2019-12-28",
      zh: "/zh/matrix?at=2019-12-28",
      fr: "/fr/matrix?at=2019-12-28",
      ru: "/ru/matrix?at=2019-12-28",
      es: "/es/matrix?at=2019-12-28",
      "x-default": "/matrix?at=2019-12-28",
    });
  });
});
