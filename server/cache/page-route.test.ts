import { describe, expect, it } from "vitest";
import { pageRoute, type PageRoute } from "./page-route";

const route = (url: string, rememberedLocale?: string): PageRoute => {
  const parsed = new URL(url, "http://localhost");
  return pageRoute({
    pathname: parsed.pathname,
    search: parsed.search,
    today: "2026-12-02",
    signedIn: false,
    rememberedLocale,
  });
};

describe("which language a page request is rendered in", () => {
  it("renders a prefixed URL in its language, from the same cache routes as English, keyed by the same query", () => {
    expect(route("/ar/matrix?at=2019-12-28&utm=x")).toEqual({
      rewrite: `/ar/matrix/view/2026-12-02/${encodeURIComponent("at=2019-12-28")}`,
      cached: true,
    });
    expect(route("/zh/compare?governments=RUS,USA&at=2019-12-28")).toEqual({
      rewrite: `/zh/compare/view/2026-12-02/${encodeURIComponent("governments=RUS,USA&at=2019-12-28")}`,
      cached: true,
    });
    expect(route("/ar")).toEqual({ rewrite: "/ar/view/2026-12-02/-", cached: true });
    expect(route("/matrix")).toEqual({ rewrite: "/en/matrix/view/2026-12-02/-", cached: true });
  });

  it("renders other pages under their language with their query string", () => {
    expect(route("/ar/governments/EGY")).toEqual({ rewrite: "/ar/governments/EGY", cached: false });
    expect(route("/fr/sign-in?callbackUrl=%2Fme")).toEqual({ rewrite: "/fr/sign-in?callbackUrl=%2Fme", cached: false });
    expect(route("/methodology")).toEqual({ rewrite: "/en/methodology", cached: false });
  });

  it("redirects English's prefixed URLs to the one English URL, with their query", () => {
    expect(route("/en/matrix?at=2019-12-28")).toEqual({ redirect: "/matrix?at=2019-12-28", permanent: true });
    expect(route("/en")).toEqual({ redirect: "/", permanent: true });
  });

  it("takes an embed's language from ?lang=, which is not part of its key", () => {
    const french = route("/embed/matrix?lang=fr&at=2013-05-17");
    expect(french).toEqual({
      rewrite: `/fr/embed/matrix/view/2026-12-02/${encodeURIComponent("at=2013-05-17")}`,
      cached: true,
    });
    expect(route("/embed/matrix?at=2013-05-17&lang=fr")).toEqual(french);
    expect(route("/embed/matrix?lang=xx")).toEqual(route("/embed/matrix"));
    // Only embeds read ?lang=: a page's language is its prefix.
    expect(route("/matrix?lang=fr")).toEqual(route("/matrix"));
  });

  it("opens / in the language a reader chose before (for now: the choice can change), and nothing else on that choice", () => {
    expect(route("/", "ar")).toEqual({ redirect: "/ar", permanent: false });
    expect(route("/?at=2019-12-28", "zh")).toEqual({ redirect: "/zh?at=2019-12-28", permanent: false });
    expect(route("/", "en")).toEqual(route("/"));
    expect(route("/", "xx")).toEqual(route("/"));
    expect(route("/matrix", "ar")).toEqual(route("/matrix"));
    expect(route("/fr", "ar")).toEqual({ rewrite: "/fr/view/2026-12-02/-", cached: true });
  });

  it("refuses cache routes asked for directly in any language; serves preview images in each language", () => {
    expect(route("/ar/matrix/view/2026-12-02/-")).toEqual({ notFound: true });
    expect(route("/matrix/view/2026-12-02/-")).toEqual({ notFound: true });
    expect(route("/og/matrix/view/2026-12-02/-")).toEqual({ notFound: true });
    expect(route("/og/matrix?at=2019-12-28")).toEqual({
      rewrite: `/en/og/matrix/view/2026-12-02/${encodeURIComponent("at=2019-12-28")}`,
      cached: true,
    });
    expect(route("/ar/og/matrix?at=2019-12-28")).toEqual({
      rewrite: `/ar/og/matrix/view/2026-12-02/${encodeURIComponent("at=2019-12-28")}`,
      cached: true,
    });
    expect(route("/zh/og/topics/ixps")).toEqual({ rewrite: "/zh/og/topics/ixps", cached: false });
    expect(route("/en/og/topics/ixps")).toEqual({ redirect: "/og/topics/ixps", permanent: true });
  });

  it("reads a prefix only when it is a whole segment naming one of the six languages", () => {
    expect(route("/arabic")).toEqual({ rewrite: "/en/arabic", cached: false });
    expect(route("/xx/matrix")).toEqual({ rewrite: "/en/xx/matrix", cached: false });
  });
});
