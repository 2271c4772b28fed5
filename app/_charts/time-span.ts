import { scaleUtc } from "d3-scale";

// The stretch of time a strip or an axis shows: `from` its first day, `to` its last.

export type TimeSpan = { from: string; to: string };

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** How far along the span a date is, from 0 to 1 (clamped). */
export const timeFraction = ({ from, to }: TimeSpan, date: string) =>
  scaleUtc()
    .domain([utc(from), utc(to)])
    .range([0, 1])
    .clamp(true)(utc(date));

/** A span from the first of January of the year of `first` (or `to` itself without one) to `to`. */
export const spanFrom = (first: string | undefined, to: string): TimeSpan => ({
  from: first ? `${first.slice(0, 4)}-01-01` : to,
  to,
});
