import { useLocale, useTranslations } from "next-intl";
import { type DatePrecision } from "@/db/enums";
import { formatDay } from "@/server/i18n/dates";

/**
 * Dates as the page's language writes them (server/i18n/dates.ts): a day, and a position's date as precisely as its
 * source gives it — "Dec 2014", "2014", "by 31 Dec 2014" in English (server/shared/stated-on.ts's rule, in words).
 */
export function useDates() {
  const locale = useLocale();
  const t = useTranslations("dates");
  const day = (date: string) => formatDay(locale, date);
  const statedOn = (date: string, precision: DatePrecision = "day") => {
    if (precision === "on_or_before") return t("onOrBefore", { date: day(date) });
    if (precision === "year") return date.slice(0, 4);
    if (precision === "month") return formatDay(locale, date, "month");
    return day(date);
  };
  return { day, statedOn };
}
