// Every part of Next.js the front server relies on to answer cache hits itself (server/front/),
// in one place. None of it is Next's public API: Next documents its cache keys as opaque. So the
// front answers hits only on the Next versions listed here, each checked by the contract test
// (e2e/front-server.spec.ts: a page fetched twice is answered by the front the second time, with
// Next's own bytes and headers). On any other version it hands every request to Next (slower,
// never wrong) and says so at start. To upgrade Next: run that test, then add the version.
// Plain ESM with types beside it (next-internals.d.mts): Next loads the cache handler that uses
// it (server/cache/view-cache-handler.mjs) itself, outside the TypeScript build.
import { createRequire } from "node:module";

export const TESTED_NEXT_VERSIONS = ["16.4.6"];

/** The version of Next this server runs. */
export function installedNextVersion() {
  return createRequire(import.meta.url)("next/package.json").version;
}

/** Whether the front may answer cache hits itself on this Next version. */
export function frontAnswersHitsOn(version) {
  return TESTED_NEXT_VERSIONS.includes(version);
}

// ——— Requests: which ones want the page's HTML ———

/** Headers of Next's client router and server actions: those requests want something other than the page's HTML. */
export const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];
/** The query parameter Next's client router adds to its requests for a page's data. */
export const NEXT_RSC_QUERY = "_rsc";

// ——— The cache: how Next keys and stores a rendered page ———

/** Next keys a rendered page as `/route-cache/APP_PAGE/<hash of its route>/$<path>`; this is the path. */
const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[0-9a-f]+\/\$(\/.*)$/;
export const pagePathOfKey = (key) => PAGE_KEY.exec(key)?.[1];

/**
 * The path Next's key holds for a route path (after the proxy's rewrite): each segment decoded, but
 * a slash inside a segment kept encoded. Seen in Next 16.4's keys:
 * `…/$/matrix/view/2026-12-02/topics=ixps,igf-role&q=a%2Fb%25c+d`.
 */
export function keyPathOf(routePath) {
  return routePath
    .split("/")
    .map((segment) => decodeURIComponent(segment).replaceAll("/", "%2F"))
    .join("/");
}

/** The header in which Next stores a page's cache tags in its entry (never sent to readers). */
export const NEXT_TAGS_HEADER = "x-next-cache-tags";

/** A cache entry's rendered page, if it is one the front may send: `{ html, headers, status }` of a 200 APP_PAGE. */
export function renderedPage(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || (value.status ?? 200) !== 200) return undefined;
  return { html: value.html, headers: value.headers ?? {} };
}

// ——— Responses: what Next sends with a cache hit ———

/** The Vary header Next sends with a page (its router's headers change the answer). */
export const NEXT_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
/** The headers Next sends with a page answered from its cache. */
export const NEXT_HIT_HEADERS = { "x-nextjs-cache": "HIT", "x-nextjs-prerender": "1" };
/** The header Next sends with a page the proxy rewrote: the path it rewrote to, as a URL path. */
export const nextRewriteHeaders = (rewrite) =>
  rewrite ? { "x-middleware-rewrite": new URL(rewrite, "http://next").pathname } : {};
/** Next's Cache-Control for a page kept until a change (`revalidate = false`): `s-maxage` of a year. */
export const hasNextSharedCaching = (cacheControl) => /\bs-maxage=/.test(String(cacheControl ?? ""));
