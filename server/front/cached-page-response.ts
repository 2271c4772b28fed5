import type { IncomingMessage, ServerResponse } from "node:http";
import { cachedPage } from "@/server/cache/view-cache-handler.mjs";
import { securityHeaders } from "@/server/http/security-headers";
import { todayUtc } from "@/server/shared/dates";
import { pageCacheKey } from "./page-cache-key";

// Answers a request for a cached page straight from the page cache, before Next's request
// pipeline (routing, the proxy, the render machinery: about a millisecond a request). The
// answer is the one Next gives for a cache hit: the same bytes and headers, gzip-compressed
// once per page rather than once per request.

const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const YEAR = 31_536_000;

/** Next's Cache-Control for a cached page. */
function cacheControl({ revalidate, expire }: { revalidate?: number | false; expire?: number } = {}): string {
  if (typeof revalidate !== "number") return `s-maxage=${YEAR}`;
  return `s-maxage=${revalidate}, stale-while-revalidate=${(expire ?? YEAR) - revalidate}`;
}

const acceptsGzip = (header: string | string[] | undefined) => /\bgzip\b/.test(Array.isArray(header) ? header.join(",") : (header ?? ""));

/** Sends the cached page this request asks for and returns true, or returns false (Next answers). */
export async function answerFromPageCache(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const key = pageCacheKey({ method: req.method ?? "", url: req.url ?? "/", headers: req.headers, today: todayUtc() });
  const page = key ? cachedPage(key) : null;
  if (!page) return false;
  const gzipped = acceptsGzip(req.headers["accept-encoding"]) ? await page.gzip() : null;
  const body = gzipped ?? page.html;
  res.writeHead(200, {
    ...SECURITY,
    ...page.headers,
    Vary: VARY,
    "x-nextjs-cache": "HIT",
    "Cache-Control": cacheControl(page.cacheControl),
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
