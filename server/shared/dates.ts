// Calendar dates (YYYY-MM-DD, no time zone). "Today" is the current UTC date.

export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The record starts in 1990: no position is stated before, and no view asks for a date before. */
export const EARLIEST_DATE = "1990-01-01";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2013-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// One formatter for all: building an Intl formatter per call is slow, and the matrix formats thousands of dates.
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** 2013-05-16 → "16 May 2013". */
export function formatDate(value: string): string {
  return DATE_FORMAT.format(new Date(`${value}T00:00:00Z`));
}

/** "16 May 2013", or "14 May 2013 – 16 May 2013" for a span of days. */
export const formatPeriod = (start: string, end: string) =>
  start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;

/** "World Telecommunication/ICT Policy Forum, 14 May 2013 – 16 May 2013": an event's name and days (the last one alone without a start). */
export const eventNameAndDates = (event: { name: string; startDate?: string; endDate: string }) =>
  `${event.name}, ${formatPeriod(event.startDate ?? event.endDate, event.endDate)}`;
