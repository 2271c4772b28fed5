import { type DatePrecision, EVIDENCE_VERB, type EvidenceKind, isDayDated } from "@/db/enums";
import { formatDate, isCalendarDate } from "./dates";

// A position's date and how precisely its source gives it. A month or year position is
// stored at the last day of its period, so the as-of rule never shows it before it was
// certainly true; it is displayed as "May 2014" or "2014", never as that last day.

/** The last day of the period of `date` (YYYY-MM-DD) at this precision. */
export function periodEnd(date: string, precision: DatePrecision): string {
  if (isDayDated(precision)) return date;
  const year = Number(date.slice(0, 4));
  if (precision === "year") return `${date.slice(0, 4)}-12-31`;
  const month = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(lastDay).padStart(2, "0")}`;
}

/** The first day of the period: the earliest the position can have been stated. */
export function periodStart(date: string, precision: DatePrecision): string {
  return precision === "year" ? `${date.slice(0, 4)}-01-01` : precision === "month" ? `${date.slice(0, 7)}-01` : date;
}

const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** How a language writes a day, a month and an upper bound (app/_components/use-dates.ts gives the page's). */
export type StatedOnWords = {
  day: (date: string) => string;
  month: (date: string) => string;
  by: (day: string) => string;
};

const ENGLISH: StatedOnWords = {
  day: formatDate,
  month: (date) => MONTH_FORMAT.format(new Date(`${date}T00:00:00Z`)),
  by: (day) => `by ${day}`,
};

/** 2014-12-31 at year precision → "2014"; at month precision → "Dec 2014"; at day precision → "31 Dec 2014"; an upper bound → "by 31 Dec 2014". */
export function formatStatedOn(date: string, precision: DatePrecision = "day", words: StatedOnWords = ENGLISH): string {
  if (precision === "on_or_before") return words.by(words.day(date));
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") return words.month(date);
  return words.day(date);
}

/** What the government did and when, as its source dates it: "Voted 5 Dec 2018", "Endorsed by 16 Sep 2019", "Stated May 2013". */
export const describeRecorded = (evidence: EvidenceKind, date: string, precision: DatePrecision = "day") =>
  `${EVIDENCE_VERB[evidence]} ${formatStatedOn(date, precision)}`;

/**
 * A date as an import file may write it: `YYYY` (a year), `YYYY-MM` (a month) or `YYYY-MM-DD`,
 * with the precision it implies. Null when it is none of these.
 */
export function readStatedOn(value: string): { date: string; precision: DatePrecision } | null {
  if (/^\d{4}$/.test(value)) return { date: `${value}-12-31`, precision: "year" };
  if (/^\d{4}-\d{2}$/.test(value) && isCalendarDate(`${value}-01`))
    return { date: periodEnd(`${value}-01`, "month"), precision: "month" };
  if (isCalendarDate(value)) return { date: value, precision: "day" };
  return null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, on_or_before: 0, month: 1, year: 2 };

/** True when a date written at `written` precision can be stated at `precision` (a year cannot become a day; a day can be an upper bound). */
export const canCoarsen = (written: DatePrecision, precision: DatePrecision) =>
  PRECISION_RANK[precision] >= PRECISION_RANK[written];
