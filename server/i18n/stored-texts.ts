import "server-only";
import { codedSummaryIn } from "@/db/dataset/translations";
import { type Translations } from "@/db/schema/translations";
import { isLocale, type Locale } from "./locales";

// Stored text in the page's language. A topic's, an event's or a bloc's row carries its `translations`; a
// position's summary carries the language its author wrote it in, and the reference dataset's coded summaries
// have the project's own translation (db/dataset/translations/).

/** A row in one language: its texts where translated, `lang` the language they are in ("en": not yet translated). */
export type InLanguage<T> = Omit<T, "translations"> & { lang: Locale };

export function textsIn<T extends { translations?: Translations<string> }>(locale: Locale, row: T): InLanguage<T> {
  const { translations, ...rest } = row;
  const fields = locale === "en" ? undefined : translations?.[locale];
  const translated = Object.entries(fields ?? {}).filter(([key, text]) => key in rest && text);
  if (translated.length === 0) return { ...rest, lang: "en" };
  return { ...rest, ...Object.fromEntries(translated), lang: locale };
}

/** Rows in one language. */
export const allTextsIn =
  (locale: Locale) =>
  <T extends { translations?: Translations<string> }>(rows: T[]): InLanguage<T>[] =>
    rows.map((row) => textsIn(locale, row));

/** A summary as shown to a reader of `locale`: the coded English one in that language where translated. */
export type ShownSummary = { text: string; lang: Locale; translated: boolean };

export function summaryIn(locale: Locale, { summary, language }: { summary: string; language: string }): ShownSummary {
  const written = isLocale(language) ? language : "en";
  const translation = written === "en" && locale !== "en" ? codedSummaryIn(locale, summary) : null;
  return translation
    ? { text: translation, lang: locale, translated: true }
    : { text: summary, lang: written, translated: false };
}

export type SummaryTranslation = { language: Locale; summary: string };

/** A position (or a version of one) with `translation`, its summary in this language, where Stance Atlas has one. */
export function withSummaryIn<T extends { summary: string; language: string }>(
  locale: Locale,
  position: T,
): T & { translation?: SummaryTranslation } {
  const shown = summaryIn(locale, position);
  return shown.translated ? { ...position, translation: { language: shown.lang, summary: shown.text } } : position;
}
