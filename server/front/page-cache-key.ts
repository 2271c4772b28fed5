import { cachedViewPath, hasSessionCookie } from "@/server/cache/view-routes";

// Which page-cache entry answers a request, computed the way Next would reach it: the proxy's
// rewrite (proxy.ts) for the pages that read their query string, the path itself for the pages
// that do not. Anything else — a client navigation, a prefetch, a server action, another route —
// has no key here and goes to Next.

/** Headers of Next's client router and server actions: those requests want something other than the page's HTML. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** Cached pages whose key is their path (they do not read the query string). */
const PAGES_KEYED_BY_PATH = [/^\/governments\/[A-Za-z]{3}$/, /^\/topics\/[a-z0-9-]{1,100}$/, /^\/data\/releases\/[1-9]\d{0,6}$/];

export type PageRequest = { method: string; url: string; headers: Record<string, string | string[] | undefined>; today: string };

function cookieNames(header: string | string[] | undefined): string[] {
  const cookies = Array.isArray(header) ? header.join(";") : (header ?? "");
  return cookies.split(";").map((cookie) => cookie.split("=", 1)[0]?.trim() ?? "").filter(Boolean);
}

/** The page-cache key of the page this request asks for, or null when only Next can answer it. */
export function pageCacheKey({ method, url, headers, today }: PageRequest): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://front");
  } catch {
    return null;
  }
  const { pathname, searchParams: query } = parsed;
  if (query.has("_rsc")) return null;
  if (PAGES_KEYED_BY_PATH.some((page) => page.test(pathname))) return pathname;
  const rewritten = cachedViewPath({ pathname, query, today, signedIn: hasSessionCookie(cookieNames(headers.cookie)) });
  // Next keys a page by its route's path with each segment decoded (but a slash kept encoded).
  return rewritten && rewritten.split("/").map((segment) => decodeURIComponent(segment).replaceAll("/", "%2F")).join("/");
}
