import { useLocale } from "next-intl";
import { DEFAULT_LOCALE, type Locale, textDirection } from "@/server/i18n/locales";

type StoredText = { lang?: string; dir?: "ltr" | "rtl" };

/**
 * The attributes of text written in `language` on a page in `locale`: none when they agree; else its language, so
 * screen readers pronounce it right, and its own direction, so an English sentence keeps its punctuation on an
 * Arabic page (and an Arabic reply reads right to left on an English one).
 */
export const writtenIn = (locale: Locale, language: Locale = DEFAULT_LOCALE): StoredText =>
  locale === language ? {} : { lang: language, dir: textDirection(language) };

/** The attributes of stored English text on a page in this language (useStoredText, for async server components). */
export const storedTextIn = (locale: Locale): StoredText => writtenIn(locale);

/**
 * The attributes of text stored in English (a record set's notes, a moderator's reason: the record's own words, not
 * translated) on a page in another language.
 */
export function useStoredText(): StoredText {
  return storedTextIn(useLocale());
}

/** `writtenIn` for the page's language: the attributes of a text written in `language` (a summary, a topic's title). */
export function useWrittenIn(): (language?: Locale) => StoredText {
  const locale = useLocale();
  return (language) => writtenIn(locale, language);
}
