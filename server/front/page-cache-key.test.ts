import { describe, expect, it } from "vitest";
import { isCanonicalPositionId } from "@/server/cache/view-routes";
import { pageCacheKey } from "./page-cache-key";

const key = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  pageCacheKey({ method, url, headers, today: "2026-12-02" });

describe("which cached page answers a request before Next", () => {
  it("keys government and topic pages by their path, and the query-reading pages by the proxy's rewrite", () => {
    expect(key("/governments/RUS")).toBe("/en/governments/RUS");
    expect(key("/topics/ixps?utm_source=x")).toBe("/en/topics/ixps");
    expect(key("/matrix")).toBe("/en/matrix/view/2026-12-02/-");
    expect(key("/?at=2013-05-17")).toBe("/en/view/2026-12-02/at=2013-05-17");
    expect(key("/changes?topic=ixps")).toBe("/en/changes/view/topic=ixps");
    expect(key("/positions/12")).toBe("/en/positions/12/view");
  });

  it("keys a page in another language under its language, and leaves English's prefixed URLs to Next's redirect", () => {
    expect(key("/ar/governments/EGY")).toBe("/ar/governments/EGY");
    expect(key("/zh/matrix?at=2019-12-28")).toBe("/zh/matrix/view/2026-12-02/at=2019-12-28");
    expect(key("/embed/matrix?lang=fr")).toBe("/fr/embed/matrix/view/2026-12-02/-");
    expect(key("/en/matrix")).toBeNull();
    // A reader who chose Arabic is redirected from / by Next; others get the English home page from the front.
    expect(key("/", { cookie: "NEXT_LOCALE=ar" })).toBeNull();
    expect(key("/", { cookie: "NEXT_LOCALE=en" })).toBe("/en/view/2026-12-02/-");
  });

  it("decodes each segment as Next does for its key, keeping a slash encoded", () => {
    // Seen in Next 16.4's keys: `…/$/matrix/view/2026-12-02/topics=ixps,igf-role&q=a%2Fb%25c+d`.
    expect(key("/matrix?q=a/b%25c%20d&topics=ixps,igf-role")).toBe(
      "/en/matrix/view/2026-12-02/topics=ixps,igf-role&q=a%2Fb%25c+d",
    );
    expect(key("/matrix?q=a%3Fb%23c%20%C3%A9")).toBe("/en/matrix/view/2026-12-02/q=a?b%23c+é");
  });

  it("leaves to Next what is not a plain request for a cached page", () => {
    expect(key("/governments/RUS", {}, "POST")).toBeNull();
    for (const header of [
      "rsc",
      "next-router-prefetch",
      "next-router-state-tree",
      "next-router-segment-prefetch",
      "next-action",
    ]) {
      expect(key("/governments/RUS", { [header]: "1" }), header).toBeNull();
    }
    expect(key("/matrix?_rsc=1x2y")).toBeNull();
    for (const url of [
      "/me",
      "/governments",
      "/governments/RUS/x",
      "/topics/Bad%20Slug",
      "/api/v1/matrix",
      "/matrix/view/2026-12-02/-",
      "/sign-in",
    ]) {
      expect(key(url), url).toBeNull();
    }
  });

  it("keys a position's page only by its canonical id: a padded, dotted or spelled-out id makes no entry of its own", () => {
    expect(key("/positions/71")).toBe("/en/positions/71/view");
    for (const url of [
      "/positions/0071",
      "/positions/71.",
      "/positions/7.1e1",
      "/positions/0x47",
      "/positions/71.0",
      "/positions/0",
      "/positions/%2071",
    ]) {
      expect(key(url), url).toBeNull();
      expect(isCanonicalPositionId(url.slice("/positions/".length)), url).toBe(false); // and the page answers 404 for it
    }
    expect(isCanonicalPositionId("2147483647")).toBe(true);
  });

  it("sends a signed-in reader's request for a position page to Next, which renders it for them", () => {
    expect(key("/positions/12", { cookie: "theme=dark; authjs.session-token=abc" })).toBeNull();
    expect(key("/positions/12", { cookie: "__Secure-authjs.session-token.0=abc" })).toBeNull();
    expect(key("/positions/12", { cookie: "authjs.csrf-token=abc" })).toBe("/en/positions/12/view");
  });
});
