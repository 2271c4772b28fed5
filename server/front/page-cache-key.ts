import { cachedViewPath, hasSessionCookie } from "@/server/cache/view-routes";
import { keyPathOf, NEXT_REQUEST_HEADERS, NEXT_RSC_QUERY } from "./next-internals.mjs";

// Which page-cache entry answers a request, computed the way Next would reach it: the proxy's
// rewrite (proxy.ts) for the pages that read their query string, the path itself for the pages
// that do not. Anything else — a client navigation, a prefetch, a server action, another route —
// has no key here and goes to Next.

/** Cached pages whose key is their path (they do not read the query string). */
const PAGES_KEYED_BY_PATH = [
  /^\/governments\/[A-Za-z]{3}$/,
  /^\/topics\/[a-z0-9-]{1,100}$/,
  /^\/data\/releases\/[1-9]\d{0,6}$/,
];

export type PageRequest = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  today: string;
};

function cookieNames(header: string | string[] | undefined): string[] {
  const cookies = Array.isArray(header) ? header.join(";") : (header ?? "");
  return cookies
    .split(";")
    .map((cookie) => cookie.split("=", 1)[0]?.trim() ?? "")
    .filter(Boolean);
}

/** The page-cache key of the page this request asks for, or null when only Next can answer it. */
export function pageCacheKey(request: PageRequest): string | null {
  return cachedPageRoute(request)?.key ?? null;
}

/** The page this request asks for: its page-cache key, and the path the proxy rewrites it to (null for none). */
export function cachedPageRoute({
  method,
  url,
  headers,
  today,
}: PageRequest): { key: string; rewrite: string | null } | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://front");
  } catch {
    return null;
  }
  const { pathname, searchParams: query } = parsed;
  if (query.has(NEXT_RSC_QUERY)) return null;
  if (PAGES_KEYED_BY_PATH.some((page) => page.test(pathname))) return { key: keyPathOf(pathname), rewrite: null };
  const rewritten = cachedViewPath({ pathname, query, today, signedIn: hasSessionCookie(cookieNames(headers.cookie)) });
  return rewritten ? { key: keyPathOf(rewritten), rewrite: rewritten } : null;
}
