import { LOCALE_NAMES, LOCALES } from "@/server/i18n/locales";

/** A language select's options: the six, each named in itself and marked with its language. */
export function LanguageOptions() {
  return LOCALES.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {LOCALE_NAMES[locale]}
    </option>
  ));
}
