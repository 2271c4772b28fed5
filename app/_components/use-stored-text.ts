import { useLocale } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";

type StoredText = { lang?: string; dir?: "ltr" };

/** The attributes of stored English text on a page in this language (useStoredText, for async server components). */
export const storedTextIn = (locale: Locale): StoredText =>
  locale === DEFAULT_LOCALE ? {} : { lang: DEFAULT_LOCALE, dir: "ltr" };

/**
 * The attributes of text stored in English (a position's summary and quote, an event's name: the record's own words,
 * not yet translated) on a page in another language: its language, so screen readers pronounce it as English, and its
 * own direction, so an English sentence keeps its punctuation on an Arabic page.
 */
export function useStoredText(): StoredText {
  return storedTextIn(useLocale());
}
