import { useLocale } from "next-intl";
import { DEFAULT_LOCALE } from "@/server/i18n/locales";

/**
 * The attributes of text stored in English (a position's summary and quote, an event's name: the record's own words,
 * not yet translated) on a page in another language: its language, so screen readers pronounce it as English, and its
 * own direction, so an English sentence keeps its punctuation on an Arabic page.
 */
export function useStoredText(): { lang?: string; dir?: "ltr" } {
  return useLocale() === DEFAULT_LOCALE ? {} : { lang: DEFAULT_LOCALE, dir: "ltr" };
}
