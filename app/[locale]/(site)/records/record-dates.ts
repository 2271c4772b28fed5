import { type RecordSummary } from "@/db/dataset/record-pages/record-reading";
import { formatDay } from "@/server/i18n/dates";
import { type Locale } from "@/server/i18n/locales";

/** A fact's date as its file gives it: a day in the page's language, or a year alone. */
const factDay = (locale: Locale, date: string) => (/^\d{4}$/.test(date) ? date : formatDay(locale, date));

/** A record's dates: "5 Dec 2018", "12 Nov 2018 – 11 Jan 2022", or `undated` where its rows give none. */
export function recordDates(
  locale: Locale,
  { firstDate, lastDate }: Pick<RecordSummary, "firstDate" | "lastDate">,
  undated: string,
) {
  if (!firstDate || !lastDate) return undated;
  return firstDate === lastDate
    ? factDay(locale, firstDate)
    : `${factDay(locale, firstDate)} – ${factDay(locale, lastDate)}`;
}
