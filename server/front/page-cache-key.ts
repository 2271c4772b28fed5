import { hasSessionCookie } from "@/server/cache/view-routes";
import { pageRoute } from "@/server/cache/page-route";
import { LOCALE_COOKIE, localeRoute, splitLocale } from "@/server/i18n/locales";
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

function cookieEntries(header: string | string[] | undefined): [string, string][] {
  const cookies = Array.isArray(header) ? header.join(";") : (header ?? "");
  return cookies
    .split(";")
    .map((cookie): [string, string] => {
      const at = cookie.indexOf("=");
      return at < 0 ? [cookie.trim(), ""] : [cookie.slice(0, at).trim(), cookie.slice(at + 1).trim()];
    })
    .filter(([name]) => Boolean(name));
}

/** The page-cache key of the page this request asks for, or null when only Next can answer it. */
export function pageCacheKey(request: PageRequest): string | null {
  return cachedPageRoute(request)?.key ?? null;
}

/** The page this request asks for: its page-cache key, and the path the proxy rewrites it to (null for none). */
export function cachedPageRoute({ method, url, headers, today }: PageRequest): { key: string; rewrite: string } | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://front");
  } catch {
    return null;
  }
  const { pathname, search, searchParams: query } = parsed;
  if (query.has(NEXT_RSC_QUERY)) return null;
  const cookies = cookieEntries(headers.cookie);
  const route = pageRoute({
    pathname,
    search,
    today,
    signedIn: hasSessionCookie(cookies.map(([name]) => name)),
    rememberedLocale: cookies.find(([name]) => name === LOCALE_COOKIE)?.[1],
  });
  if (!("rewrite" in route)) return null;
  if (route.cached) return { key: keyPathOf(route.rewrite), rewrite: route.rewrite };
  const { locale, path } = splitLocale(pathname);
  if (!PAGES_KEYED_BY_PATH.some((page) => page.test(path))) return null;
  // Rendered by app/[locale]/…: keyed by the page's path in its language (its query string is not part of it).
  const rendered = localeRoute(locale, path);
  return { key: keyPathOf(rendered), rewrite: rendered };
}
