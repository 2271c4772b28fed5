import { DEFAULT_LOCALE, isLocale, type Locale, localeRoute, splitLocale } from "@/server/i18n/locales";
import { cachedViewPath, isViewRoute } from "./view-routes";

// Where a request for a page goes: the one decision the proxy (proxy.ts) makes and the front server
// (server/front/) repeats to find the cached page that answers it.
//   /en/matrix?at=…   → redirected to /matrix?at=… (English has no prefix: one URL per page)
//   /matrix?at=…      → /en/matrix/view/<today>/<query>, the page cache's route (server/cache/view-routes.ts)
//   /ar/governments/EGY → /ar/governments/EGY, rendered by app/[locale]/(site)/governments/[iso3]/
//   /embed/matrix?lang=fr → /fr/embed/matrix/view/…: an embed takes its language from `?lang=`
//   /                 → /ar when the reader chose Arabic before (the switcher's cookie), /en/view/… otherwise

export type PageRoute =
  | {
      redirect: string;
      /** For good (308: `/en/…` is never a page), or for this reader's choice now (307: a browser must not keep it). */
      permanent: boolean;
    }
  | { notFound: true }
  | {
      /** The route that renders it, with the query string where the route reads it. */
      rewrite: string;
      /** Whether that route is a page-cache `view/` route. */
      cached: boolean;
    };

export type PageRouteRequest = {
  pathname: string;
  /** The query string, with its "?" (or ""). */
  search: string;
  today: string;
  signedIn: boolean;
  /** The language the reader chose before (the switcher's cookie), if any. */
  rememberedLocale?: string | undefined;
};

/** Where a page request goes (the proxy's matcher keeps out what is no page: the API, Next's files, feeds, figures). */
export function pageRoute({ pathname, search, today, signedIn, rememberedLocale }: PageRouteRequest): PageRoute {
  const query = new URLSearchParams(search);
  const { locale: prefix, path, prefixed } = splitLocale(pathname);
  if (prefixed && prefix === DEFAULT_LOCALE) return { redirect: `${path}${search}`, permanent: true };
  if (isViewRoute(path)) return { notFound: true };
  if (path === "/" && !prefixed && isLocale(rememberedLocale) && rememberedLocale !== DEFAULT_LOCALE)
    return { redirect: `/${rememberedLocale}${search}`, permanent: false };
  const locale = prefixed ? prefix : (embedLocale(path, query) ?? DEFAULT_LOCALE);
  const cached = cachedViewPath({ pathname: path, query, today, signedIn, locale });
  return cached
    ? { rewrite: cached, cached: true }
    : { rewrite: `${localeRoute(locale, path)}${search}`, cached: false };
}

/** An embed's language: `?lang=fr`, for sites that frame it (the only pages that take it from the query). */
function embedLocale(path: string, query: URLSearchParams): Locale | null {
  const lang = query.get("lang");
  return path.startsWith("/embed/") && isLocale(lang) ? lang : null;
}
