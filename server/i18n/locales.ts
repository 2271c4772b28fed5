// The atlas's languages: the six official languages of the United Nations. English is served at the
// site's own URLs (`/matrix`); the others under a prefix (`/ar/matrix`), with the same query parameters.
// Internally every page lives under app/[locale]/: the proxy rewrites `/matrix` to `/en/matrix`.

export const LOCALES = ["en", "ar", "zh", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as a language switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ar: "العربية",
  zh: "中文",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** The cookie that remembers a reader's choice of language (set by the switcher). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const isLocale = (value: string | null | undefined): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? "");

export const textDirection = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");

export type LocalePath = {
  locale: Locale;
  /** The path without its language prefix: "/ar/matrix" → "/matrix", "/ar" → "/". */
  path: string;
  /** Whether the URL named its language (`/en/matrix` does, and is redirected to `/matrix`). */
  prefixed: boolean;
};

/** The language a public URL's path names, and the page it asks for. */
export function splitLocale(pathname: string): LocalePath {
  const [, first = "", ...rest] = pathname.split("/");
  if (!isLocale(first)) return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
  return { locale: first, path: `/${rest.join("/")}`, prefixed: true };
}

/** A page's public path in a language: English at the path itself, the others under their prefix. */
export function localizePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The internal route that renders a page in a language (app/[locale]/…): `/en/matrix`, `/ar`. */
export function localeRoute(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Addresses that are no page (the API, feeds, figures, files): the same in every language. */
const NOT_A_PAGE = /^\/(?:api|feeds|figures|_next)(?:[/?#]|$)|^\/[^?#]*\.[A-Za-z0-9]+(?:[?#]|$)/;

/** Whether an address is one of this site's pages (`/matrix?at=…`), not a file, the API or another site. */
export const isPageHref = (href: string) => href.startsWith("/") && !href.startsWith("//") && !NOT_A_PAGE.test(href);

/** A link's address in a language: a page's under its prefix (`/governments/EGY` → `/ar/governments/EGY`), anything else as it is. */
export function localizeHref(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !isPageHref(href)) return href;
  const at = href.search(/[?#]/);
  const [path, rest] = at < 0 ? [href, ""] : [href.slice(0, at) || "/", href.slice(at)];
  return `${localizePath(locale, path)}${rest}`;
}

/** A page's address in every language, for `<link rel="alternate" hreflang>`: English is also the default. */
export function languageAlternates(href: string): Record<string, string> {
  return Object.fromEntries([...LOCALES.map((locale) => [locale, localizeHref(locale, href)]), ["x-default", href]]);
}
