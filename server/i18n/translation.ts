import "server-only";
import { createTranslator } from "use-intl/core";
import { type DatePrecision } from "@/db/enums";
import { formatStatedOn } from "@/server/shared/stated-on";
import { formatDay } from "./dates";
import { type Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";
import en from "./messages/en.json";

// The site's words outside React (Atom feeds, emails): a translator of every message in one language, with its locale
// (use-intl's core, next-intl's own engine without React: it runs in route handlers, jobs and benchmarks alike).

const translatorIn = (locale: Locale, messages: Messages) => createTranslator({ locale, messages });

export type Translation = { locale: Locale; t: ReturnType<typeof translatorIn> };

/** English: what a feed or an email says when no other language is asked for. */
export const ENGLISH: Translation = { locale: "en", t: translatorIn("en", en) };

const translations = new Map<Locale, Promise<Translation>>([["en", Promise.resolve(ENGLISH)]]);

/** A language's translation, made once per process (a digest run asks for it once per email). */
export function translationIn(locale: Locale): Promise<Translation> {
  let translation = translations.get(locale);
  if (!translation) {
    translation = loadMessages(locale).then((messages) => ({ locale, t: translatorIn(locale, messages) }));
    translations.set(locale, translation);
  }
  return translation;
}

/** A position's date as precisely as its source gives it, in this language (app/_components/use-dates.ts, outside React). */
export function statedOnIn({ locale, t }: Translation, date: string, precision: DatePrecision): string {
  return formatStatedOn(date, precision, {
    day: (day) => formatDay(locale, day),
    month: (day) => formatDay(locale, day, "month"),
    by: (day) => t("dates.onOrBefore", { date: day }),
  });
}
