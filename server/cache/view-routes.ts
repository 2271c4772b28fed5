import { loadMatrixParams, serializeMatrixParams } from "@/server/shared/url-state/matrix";
import { loadCompareParams, serializeCompareParams } from "@/server/shared/url-state/compare";
import { loadEmbedParams, serializeEmbedParams } from "@/server/shared/url-state/embed";
import { changesQuerySchema } from "@/server/schemas/proposals";
import { logFilter } from "@/server/shared/url-state/log";
import { canonicalCamps } from "@/server/shared/url-state/camps";
import { canonicalSearch } from "@/server/shared/url-state/search";
import { type Locale, localeRoute } from "@/server/i18n/locales";

// Which reader URLs are served from the page cache, and under which key. A page that reads its
// query string cannot be cached by Next, so the proxy rewrites each such URL to a `view/` route in
// the page's own folder (`/matrix?…` → app/[locale]/(site)/matrix/view/[today]/[search]/page.tsx) whose path
// is the canonical form of the query (parameters parsed by the same parsers the page uses, in
// server/shared/url-state/, unknown ones dropped) plus today's date where the page shows "today".
// The front server (server/front/) computes the same paths, so this table lives in server/.

/** The path segment for a query string: "-" for none. */
export const encodeSearch = (search: string) => (search ? encodeURIComponent(search) : "-");
export const decodeSearch = (segment: string) => (segment === "-" ? "" : decodeURIComponent(segment));

function matrixSearch(query: URLSearchParams): string {
  return serializeMatrixParams(loadMatrixParams(query)).replace(/^\?/, "");
}

/**
 * A matrix view's preview image's canonical query: only what the picture shows (the date, topics,
 * evidence and which governments), not the view's sort, tab or open cell; the search as the matrix
 * reads it (trimmed, lower case). Junk parameters make no new entry.
 */
function matrixPreviewSearch(query: URLSearchParams): string {
  const { at, topics, evidence, region, subregion, q, only, bloc } = loadMatrixParams(query);
  const needle = q?.trim().toLocaleLowerCase("en") || null;
  return serializeMatrixParams({ at, topics, evidence, region, subregion, q: needle, only, bloc }).replace(/^\?/, "");
}

/** An embed's canonical query: a topic's tab and date, a government's date. */
function embedSearch(query: URLSearchParams, withTab: boolean): string {
  const { tab, at } = loadEmbedParams(query);
  return encodeSearch(serializeEmbedParams({ tab: withTab ? tab : null, at }).replace(/^\?/, ""));
}

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

function changesSearch(query: URLSearchParams): string {
  const parsed = changesQuerySchema.safeParse({
    topic: query.get("topic") || undefined,
    government: query.get("government") || undefined,
  });
  if (!parsed.success) return "";
  return new URLSearchParams(
    Object.entries(parsed.data).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
}

/**
 * A position id as the site writes it (`71`, not `0071`, `71.` or `7.1e1`, which the id schema would
 * also read as 71): the only form with a cache entry; the page answers 404 for the others.
 */
export function isCanonicalPositionId(param: string): boolean {
  return /^[1-9]\d{0,9}$/.test(param) && Number(param) <= 2_147_483_647;
}

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Whether a request with these cookies carries a session (a large one is split into `name.0`, `name.1`, …). */
export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) =>
    SESSION_COOKIES.some((session) => name === session || name.startsWith(`${session}.`)),
  );
}

export type ViewRequest = {
  /** The page's path without its language prefix (server/i18n/locales.ts). */
  pathname: string;
  query: URLSearchParams;
  today: string;
  signedIn: boolean;
  /** The language the URL asks for: its prefix, or an embed's `?lang=`. */
  locale: Locale;
};

/**
 * A `view/` route's own path, which only the proxy's rewrite may reach: a reader asking for it
 * directly gets a 404 (it would render a page for any "today" and any key).
 */
export function isViewRoute(pathname: string): boolean {
  return VIEW_ROUTES.test(pathname);
}

const VIEW_ROUTES = new RegExp(
  [
    "^/view",
    "^/(matrix|compare|blocs|data|log|changes|search|camps)/view",
    "^/blocs/[^/]+/view", // so no bloc may be called "view" (server/schemas/bloc-admin.ts)
    "^/(og|embed)/matrix/view",
    "^/embed/(topics|governments)/[^/]+/view",
    "^/positions/[^/]+/view",
  ]
    .map((prefix) => `(${prefix}(/|$))`)
    .join("|"),
);

/**
 * The cached route that serves this request, or null when it is rendered per request. Pages and their preview
 * images are drawn per language (app/[locale]/…), so the path starts with the language.
 */
export function cachedViewPath(request: ViewRequest): string | null {
  const path = pageViewPath(request);
  return path && localeRoute(request.locale, path);
}

function pageViewPath({ pathname, query, today, signedIn }: ViewRequest): string | null {
  if (pathname === "/og/matrix") return `/og/matrix/view/${today}/${encodeSearch(matrixPreviewSearch(query))}`;
  if (pathname === "/") return `/view/${today}/${encodeSearch(matrixSearch(query))}`;
  if (pathname === "/matrix") return `/matrix/view/${today}/${encodeSearch(matrixSearch(query))}`;
  if (pathname === "/compare")
    return `/compare/view/${today}/${encodeSearch(serializeCompareParams(loadCompareParams(query)).replace(/^\?/, ""))}`;
  if (pathname === "/blocs") return `/blocs/view/${today}`;
  if (pathname === "/data") return `/data/view/${today}`;
  const bloc = new RegExp(`^/blocs/(${SLUG})$`).exec(pathname);
  if (bloc)
    return `/blocs/${bloc[1]}/view/${today}/${encodeSearch(serializeCompareParams({ at: loadCompareParams(query).at }).replace(/^\?/, ""))}`;
  if (pathname === "/embed/matrix") return `/embed/matrix/view/${today}/${encodeSearch(matrixSearch(query))}`;
  const topicEmbed = new RegExp(`^/embed/topics/(${SLUG})$`).exec(pathname);
  if (topicEmbed) return `/embed/topics/${topicEmbed[1]}/view/${today}/${embedSearch(query, true)}`;
  const governmentEmbed = /^\/embed\/governments\/([A-Za-z]{3})$/.exec(pathname);
  if (governmentEmbed)
    return `/embed/governments/${String(governmentEmbed[1]).toUpperCase()}/view/${today}/${embedSearch(query, false)}`;
  if (pathname === "/log") return `/log/view/${encodeSearch(logFilter(query.toString()).query)}`;
  if (pathname === "/changes") return `/changes/view/${encodeSearch(changesSearch(query))}`;
  if (pathname === "/search") return `/search/view/${encodeSearch(canonicalSearch(query.toString()))}`;
  if (pathname === "/camps") return `/camps/view/${today}/${encodeSearch(canonicalCamps(query.toString(), today))}`;
  // Moderators see withdrawn positions and pending versions on a position's page: signed-in readers get it rendered for them.
  const position = /^\/positions\/([^/]+)$/.exec(pathname);
  if (position?.[1] && isCanonicalPositionId(position[1]) && !signedIn) return `/positions/${position[1]}/view`;
  return null;
}
