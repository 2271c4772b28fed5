"use client";

import { useLocale, useTranslations } from "next-intl";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale, localizePath, splitLocale } from "@/server/i18n/locales";

const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/** This page in another language: the same view (path, date, filters, open cell), under that language's prefix. */
function sameViewIn(locale: Locale): string {
  const { path } = splitLocale(window.location.pathname);
  return `${localizePath(locale, path)}${window.location.search}${window.location.hash}`;
}

/**
 * The language switcher: each language named in itself. Its links are rendered as each language's home page (so
 * the header stays the same for every view and the page can be cached), and point at this very view — the query
 * the page keeps in its URL as the reader changes it — from the moment a pointer or the keyboard reaches them.
 * Choosing one remembers it: a later visit to `/` opens in that language.
 */
export function LanguageSwitcher() {
  const current = useLocale();
  const t = useTranslations("languages");
  const aim = (event: React.SyntheticEvent<HTMLAnchorElement>, locale: Locale) => {
    event.currentTarget.href = sameViewIn(locale);
  };
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="font-semibold text-slate-900">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a
                href={localizePath(locale, "/")}
                lang={locale}
                hrefLang={locale}
                className="text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
                onPointerEnter={(event) => aim(event, locale)}
                onFocus={(event) => aim(event, locale)}
                onClick={(event) => {
                  aim(event, locale);
                  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_IN_SECONDS}; samesite=lax`;
                }}
              >
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
