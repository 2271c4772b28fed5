// The headers every answer carries: set by Next for what it serves (next.config.ts), by the
// proxy for the pages with a per-request nonce (proxy.ts), and by the front server for the
// cached pages it answers itself (server/front/).
// Relative, as next.config.ts's own import of this file is: Next's config loader need not know the `@/` alias.
import { readEnv } from "../env";
import { DEFAULT_LOCALE, LOCALES, splitLocale } from "../i18n/locales";

const isDev = readEnv().NODE_ENV !== "production";

/**
 * The pages that take passwords or act for a signed-in account: always rendered per request, so
 * their scripts carry a fresh nonce and script-src needs no 'unsafe-inline' ('strict-dynamic' lets
 * Next's own scripts load its chunks). Reader pages are cached and shared: a nonce would be the same
 * for everyone who gets the cached copy, so they keep 'unsafe-inline' (SECURITY.md).
 */
export const NONCE_PAGES = ["sign-in", "sign-up", "me", "contribute", "moderation", "admin"] as const;

/** Whether a path is one of the nonce pages or below one (`/me/watchlist`, not `/methodology`). */
export function isNoncePage(localePathname: string): boolean {
  const pathname = splitLocale(localePathname).path;
  return NONCE_PAGES.some((page) => pathname === `/${page}` || pathname.startsWith(`/${page}/`));
}

/**
 * Whether a request's page gets a nonce: the nonce pages, a position's flag form, and a position's page
 * for a signed-in reader — rendered for them per request (a moderator's shows withdrawn text and
 * pending versions), unlike the cached copy anonymous readers share.
 */
export function takesNonce(localePathname: string, { signedIn }: { signedIn: boolean }): boolean {
  const pathname = splitLocale(localePathname).path;
  if (isNoncePage(pathname) || /^\/positions\/[^/]+\/flag$/.test(pathname)) return true;
  return signedIn && /^\/positions\/[^/]+$/.test(pathname);
}

/** The embeds (`/embed/matrix`, `/embed/topics/…`, `/embed/governments/…`): the only pages other sites may frame. */
export function isEmbedPage(localePathname: string): boolean {
  const pathname = splitLocale(localePathname).path;
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * The Content-Security-Policy: with a nonce for the dynamic pages, without for the cached ones;
 * framable by any site for the embeds, by none for everything else.
 */
export function contentSecurityPolicy(nonce?: string, { framable = false } = {}): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ].join("; ");
}

/** Every answer's headers except the Content-Security-Policy. */
export const baseSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  // Browsers ignore HSTS over plain HTTP, so this only takes effect behind HTTPS.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/** The headers of everything but the nonce pages and the embeds. */
export const securityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  ...baseSecurityHeaders,
];

/** An embed's headers: any site may frame it (no X-Frame-Options) and load it across origins. */
export const embedSecurityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(undefined, { framable: true }) },
  ...baseSecurityHeaders
    .filter(({ key }) => key !== "X-Frame-Options")
    .map((header) => (header.key === "Cross-Origin-Resource-Policy" ? { ...header, value: "cross-origin" } : header)),
];

/** The headers of a page that carries no nonce: an embed's, or the rest's. */
export const securityHeadersFor = (pathname: string) =>
  isEmbedPage(pathname) ? embedSecurityHeaders : securityHeaders;

/** An optional language prefix (`ar/`), as a regular expression. */
const LOCALE_PREFIX = `(?:(?:${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join("|")})/)?`;

/**
 * next.config.ts's `source` for every path but these top-level ones, in any language (path-to-regexp with a
 * lookahead): `/ar/embed/…` is an embed as `/embed/…` is.
 */
const pathsOutside = (excluded: readonly string[]) => `/:path((?!${LOCALE_PREFIX}(?:${excluded.join("|")})(?:/|$)).*)`;

/** Every path but the embeds, which may be framed: the base headers' `source`. */
export const NOT_EMBED_SOURCE = pathsOutside(["embed"]);
/** Every path but the nonce pages and the embeds: the static Content-Security-Policy's `source`. */
export const NOT_NONCE_PAGES_SOURCE = pathsOutside([...NONCE_PAGES, "embed"]);
/** The embeds' `source`. */
export const EMBED_SOURCE = `/:path(${LOCALE_PREFIX}embed(?:/.*)?)`;
/**
 * Every path but the embeds and the watchlist feed: the Referrer-Policy's `source`. The feed sets its
 * own (no-referrer: its address is a credential), and Next drops a route's header when the config set it.
 */
export const SITE_REFERRER_POLICY_SOURCE = pathsOutside(["embed", "feeds/watchlist"]);
