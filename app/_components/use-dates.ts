import { useLocale, useTranslations } from "next-intl";
import { type DatePrecision } from "@/db/enums";
import { formatDay } from "@/server/i18n/dates";
import { formatStatedOn, type StatedOnWords } from "@/server/shared/stated-on";

/**
 * Dates as the page's language writes them (server/i18n/dates.ts): a day, and a position's date as precisely as its
 * source gives it (server/shared/stated-on.ts's rule), the upper bound in the language's words.
 */
export function useDates() {
  const locale = useLocale();
  const t = useTranslations("dates");
  const day = (date: string) => formatDay(locale, date);
  const words: StatedOnWords = {
    day,
    month: (date) => formatDay(locale, date, "month"),
    by: (bound) => t("onOrBefore", { date: bound }),
  };
  const statedOn = (date: string, precision: DatePrecision = "day") => formatStatedOn(date, precision, words);
  /** A span of days ("14 May 2013 – 16 May 2013"), or the one day. */
  const period = (start: string, end: string) =>
    start === end ? day(start) : t("period", { start: day(start), end: day(end) });
  return { day, statedOn, period };
}
