import { type Locale } from "./locales";

// How each language writes a date. English keeps the site's day-month-year ("9 Dec 2011", as the UN's English
// documents write it). Digits are Western Arabic (0–9) in every language, Arabic included: the UN's own Arabic
// documents write resolution numbers and dates that way (A/RES/74/247), it is CLDR's default for `ar`, and a page that
// shows symbols, years and scores side by side then reads in one numbering system.
const INTL_LOCALE: Record<Locale, string> = {
  en: "en-GB",
  ar: "ar-u-nu-latn",
  zh: "zh",
  fr: "fr",
  ru: "ru",
  es: "es",
};

const STYLES = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD, a UTC day) as a language writes it: a day ("9 Dec 2011") or its month ("Dec 2011"). */
export function formatDay(locale: Locale, date: string, style: keyof typeof STYLES = "day"): string {
  const key = `${locale} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...STYLES[style], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}
