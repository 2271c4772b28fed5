import type { IncomingMessage, ServerResponse } from "node:http";
import { type CachedPage, cachedPage } from "@/server/cache/view-cache-handler.mjs";
import { compressedCoding } from "@/server/http/accept-encoding";
import { embedSecurityHeaders, securityHeaders, securityHeadersFor } from "@/server/http/security-headers";
import { todayUtc } from "@/server/shared/dates";
import { hasNextSharedCaching, NEXT_HIT_HEADERS, NEXT_VARY, nextRewriteHeaders } from "./next-internals.mjs";
import { cachedPageRoute, pageCacheKey } from "./page-cache-key";

// Answers a request for a cached page straight from the page cache, before Next's request
// pipeline (routing, the proxy, the render machinery). The answer is the one Next gives for a
// cache hit (next-internals.mjs): the same bytes and headers, gzip-compressed once per page
// rather than once per request (the front server marks it `x-served-by: front`).

/**
 * A reader page's Cache-Control, cached here or not: a shared cache (a CDN) may keep it a minute and
 * serve it a minute more while it asks again. Only this server hears the database announce changes,
 * so a CDN told Next's default (`s-maxage` of a year) would show a withdrawn position for a year.
 */
export const READER_CACHE_CONTROL = "s-maxage=60, stale-while-revalidate=60";

type Headers = Record<string, string | number>;
type Answer = { headers: Headers; body: Buffer };

// Each page's answers are made once (identity and gzip), not per request: a cache hit allocates little.
const answers = new WeakMap<CachedPage, { identity: Answer; gzip?: Promise<Answer> }>();

const asObject = (headers: { key: string; value: string }[]): Headers =>
  Object.fromEntries(headers.map(({ key, value }) => [key, value]));
// Each set made into an object once, not per request.
const PAGE_SECURITY = asObject(securityHeaders);
const EMBED_SECURITY = asObject(embedSecurityHeaders);
/** The security headers of the page at this path (`securityHeadersFor`): an embed's may be framed. */
const securityOf = (pathname: string): Headers =>
  securityHeadersFor(pathname) === embedSecurityHeaders ? EMBED_SECURITY : PAGE_SECURITY;

function headersFor(
  page: CachedPage,
  security: Headers,
  rewrite: string | null,
  body: Buffer,
  encoding?: string,
): Headers {
  return {
    ...security,
    ...nextRewriteHeaders(rewrite),
    ...Object.fromEntries(
      Object.entries(page.headers).filter(
        (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
      ),
    ),
    Vary: NEXT_VARY,
    ...NEXT_HIT_HEADERS,
    "Cache-Control": READER_CACHE_CONTROL,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    ...(encoding ? { "Content-Encoding": encoding } : {}),
  };
}

// A page is reached by one kind of path only (an embed's key is only made for an embed's URL, by one
// rewrite), so its security headers and its rewrite are its own.
function answerFor(
  page: CachedPage,
  pathname: string,
  rewrite: string | null,
  gzip: boolean,
): Answer | Promise<Answer> {
  let made = answers.get(page);
  const security = securityOf(pathname);
  if (!made) {
    made = { identity: { headers: headersFor(page, security, rewrite, page.html), body: page.html } };
    answers.set(page, made);
  }
  if (!gzip) return made.identity;
  made.gzip ??= page.gzip().then((body) => ({ headers: headersFor(page, security, rewrite, body, "gzip"), body }));
  return made.gzip;
}

/** Has Next's answer for a reader page it renders keep a CDN no longer than a cached one (a no-store answer stays no-store). */
function shortenSharedCaching(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (hasNextSharedCaching(res.getHeader("cache-control"))) res.setHeader("Cache-Control", READER_CACHE_CONTROL);
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

/** For a request of a reader page that Next answers even on a hit (the front told not to): its Cache-Control shortened. */
export function shortenReaderPageCaching(req: IncomingMessage, res: ServerResponse): void {
  if (pageCacheKey({ method: req.method ?? "", url: req.url ?? "/", headers: req.headers, today: todayUtc() }))
    shortenSharedCaching(res);
}

/** Sends the cached page this request asks for and returns true, or returns false (Next answers). */
export async function answerFromPageCache(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const route = cachedPageRoute({
    method: req.method ?? "",
    url: req.url ?? "/",
    headers: req.headers,
    today: todayUtc(),
  });
  if (!route) return false;
  const page = cachedPage(route.key);
  if (!page) {
    shortenSharedCaching(res);
    return false;
  }
  const pathname = new URL(req.url ?? "/", "http://front").pathname;
  const gzip = compressedCoding(req.headers["accept-encoding"]) === "gzip"; // the same rule as Next's own compression
  const { headers, body } = await answerFor(page, pathname, route.rewrite, gzip);
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
