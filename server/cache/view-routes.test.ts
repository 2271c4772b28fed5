import { describe, expect, it } from "vitest";
import { splitLocale } from "@/server/i18n/locales";
import { pageRoute } from "./page-route";
import { decodeSearch, isViewRoute } from "./view-routes";

/** The cached route the proxy sends a URL to (English pages: app/[locale]/ with `en`), or null. */
const view = (url: string, signedIn = false) => {
  const parsed = new URL(url, "http://localhost");
  const route = pageRoute({ pathname: parsed.pathname, search: parsed.search, today: "2026-12-02", signedIn });
  return "rewrite" in route && route.cached ? route.rewrite : null;
};

describe("which URLs are served from the page cache", () => {
  it("keys the matrix by day and its canonical query: unknown parameters and bad values are not part of it", () => {
    expect(view("/matrix")).toBe("/en/matrix/view/2026-12-02/-");
    expect(view("/matrix?at=2013-05-17&_rsc=abc&utm=x")).toBe(view("/matrix?at=2013-05-17"));
    expect(view("/matrix?at=2013-02-30")).toBe("/en/matrix/view/2026-12-02/-");
    const key = view("/?topics=ixps,igf-role&at=2013-05-17")?.split("/").at(-1) ?? "";
    expect(new URLSearchParams(decodeSearch(key)).get("topics")).toBe("ixps,igf-role");
  });
  it("keys a comparison by day and its canonical governments and date, and a bloc's page by its slug, day and date", () => {
    expect(view("/compare?governments=rus,usa,,USA&at=2019-12-28&x=1")).toBe(
      `/en/compare/view/2026-12-02/${encodeURIComponent("governments=RUS,USA&at=2019-12-28")}`,
    );
    expect(view("/compare")).toBe("/en/compare/view/2026-12-02/-");
    expect(view("/blocs")).toBe("/en/blocs/view/2026-12-02");
    expect(view("/blocs/eu?at=2020-02-01")).toBe(`/en/blocs/eu/view/2026-12-02/${encodeURIComponent("at=2020-02-01")}`);
    expect(view("/blocs/eu?at=2020-02-30")).toBe("/en/blocs/eu/view/2026-12-02/-");
    expect(view("/blocs/EU")).toBeNull();
  });
  it("keys an embed like its page: the matrix's by its query, a topic's by its tab and date, a government's by its date", () => {
    expect(view("/embed/matrix?at=2013-05-17&utm=x")).toBe(
      `/en/embed/matrix/view/2026-12-02/${encodeURIComponent("at=2013-05-17")}`,
    );
    expect(view("/embed/topics/ixps?tab=chart&at=2019-12-28")).toBe(
      `/en/embed/topics/ixps/view/2026-12-02/${encodeURIComponent("tab=chart&at=2019-12-28")}`,
    );
    expect(view("/embed/topics/ixps?tab=table")).toBe("/en/embed/topics/ixps/view/2026-12-02/-");
    expect(view("/embed/governments/bra?tab=chart&at=2019-12-28")).toBe(
      `/en/embed/governments/BRA/view/2026-12-02/${encodeURIComponent("at=2019-12-28")}`,
    );
    expect(view("/embed/topics/IXPS")).toBeNull();
    expect(view("/embed/governments/BRAZIL")).toBeNull();
    // A signed-in reader gets the same embed: it shows no account.
    expect(view("/embed/governments/BRA", true)).toBe(view("/embed/governments/BRA"));
  });
  it("keys a matrix view's preview image by day and the view's canonical query", () => {
    expect(view("/og/matrix?region=Europe&at=2019-12-28")).toBe(
      `/en/og/matrix/view/2026-12-02/${encodeURIComponent("at=2019-12-28&region=Europe")}`,
    );
  });
  it("keys a preview image only by what it shows: the view's sort, tab, open cell and junk share one entry", () => {
    const plain = view("/og/matrix?region=Europe");
    expect(
      view("/og/matrix?region=Europe&sort=region&tab=map&topic=ixps&cell=RUS.ixps&compact=true&contested=true&utm=1"),
    ).toBe(plain);
    expect(view("/og/matrix?q=%20Kenya%20")).toBe(view("/og/matrix?q=kenya"));
    expect(view("/og/matrix?q=%20%20")).toBe(view("/og/matrix"));
  });
  it("keys a search by its trimmed words and its filters as read: junk parameters and bad filters make no new entry", () => {
    expect(view("/search")).toBe("/en/search/view/-");
    const plain = view("/search?q=cybercrime");
    expect(plain).toBe(`/en/search/view/${encodeURIComponent("q=cybercrime")}`);
    expect(view("/search?q=%20cybercrime%20&utm=1&government=xx1&group=government")).toBe(plain);
    expect(view("/search?q=cybercrime&government=rus&group=topic")).toBe(
      `/en/search/view/${encodeURIComponent("q=cybercrime&government=RUS&group=topic")}`,
    );
  });

  it("keys camps by the day and the fields it reads: bad values and junk make no new entry", () => {
    expect(view("/camps")).toBe("/en/camps/view/2026-12-02/-");
    const at = view("/camps?at=2019-12-28");
    expect(at).toBe(`/en/camps/view/2026-12-02/${encodeURIComponent("at=2019-12-28")}`);
    expect(view("/camps?region=Mars&at=2019-12-28&utm=x")).toBe(at);
  });

  it("keys the moderation log by its canonical filter: unknown parameters and bad values are not part of it", () => {
    expect(view("/log")).toBe("/en/log/view/-");
    expect(view("/log?government=BTN&action=rejected&x=1")).toBe(
      `/en/log/view/${encodeURIComponent("action=rejected&government=BTN")}`,
    );
    expect(view("/log?action=deleted")).toBe("/en/log/view/-");
    expect(view("/log?before=120&topic=ixps")).toBe(`/en/log/view/${encodeURIComponent("topic=ixps&before=120")}`);
  });
  it("serves a position's page from the cache to anonymous readers only", () => {
    expect(view("/positions/12")).toBe("/en/positions/12/view");
    expect(view("/positions/12", true)).toBeNull();
  });
  it("renders everything else per request", () => {
    for (const url of ["/me", "/moderation", "/contribute", "/api/v1/matrix", "/positions/abc"])
      expect(view(url)).toBeNull();
  });
});

describe("the view/ routes the proxy rewrites to", () => {
  it("are every path the table makes, and a reader asking for one directly is refused", () => {
    for (const url of [
      "/",
      "/matrix",
      "/compare",
      "/blocs",
      "/blocs/eu",
      "/data",
      "/og/matrix",
      "/embed/matrix",
      "/embed/topics/ixps",
      "/embed/governments/BRA",
      "/log",
      "/changes",
      "/camps",
      "/positions/12",
    ]) {
      const target = view(url);
      expect(target && isViewRoute(splitLocale(target).path), url).toBe(true);
      expect(isViewRoute(url), url).toBe(false);
    }
  });
  it("are not pages whose own name or slug happens to be “view”", () => {
    for (const url of [
      "/topics/view",
      "/events/view",
      "/governments/VIE",
      "/me/watchlist",
      "/viewer",
      "/matrixview",
      "/positions/12/flag",
      "/api/v1/view",
    ])
      expect(isViewRoute(url), url).toBe(false);
  });
});
