import { STANCE_SCORE } from "@/db/enums";
import { type MatrixCell, type TimelineEntry } from "./matrix-types";

// "As of date D": for each government and topic, the newest approved position stated on
// or before D that has not ended by D (one that has gives way to the one before it).
// Entries must be sorted by statedOn, oldest first.

export const cellKey = (iso3: string, topic: string) => `${iso3}|${topic}`;

/** A matrix cell from a position as the database or the timeline gives it. */
export const toMatrixCell = (p: Omit<TimelineEntry, "iso3" | "topic">): MatrixCell => ({
  stance: p.stance,
  score: STANCE_SCORE[p.stance],
  statedOn: p.statedOn,
  datePrecision: p.datePrecision,
  evidence: p.evidence,
  event: p.event,
  positionId: p.positionId,
  contested: p.contestedNote !== null,
  contestedNote: p.contestedNote,
});

type PositionFields = Pick<
  TimelineEntry,
  "statedOn" | "datePrecision" | "stance" | "evidence" | "event" | "contestedNote"
> & { id: number; government: string; topic: string; end: { on: string } | null };

/** A timeline entry from a position as the API and the positions list give it. */
export const toTimelineEntry = (p: PositionFields): TimelineEntry => ({
  positionId: p.id,
  iso3: p.government,
  topic: p.topic,
  statedOn: p.statedOn,
  datePrecision: p.datePrecision,
  stance: p.stance,
  evidence: p.evidence,
  event: p.event,
  contestedNote: p.contestedNote,
  endedOn: p.end?.on ?? null,
});

/** Whether a position counts as of `at`: stated by then and not yet ended. */
export const countsOn = (entry: Pick<TimelineEntry, "statedOn" | "endedOn">, at: string) =>
  entry.statedOn <= at && (entry.endedOn === null || entry.endedOn > at);

/** Cells keyed by cellKey(iso3, topic). */
export const cellMap = (entries: readonly TimelineEntry[]) =>
  new Map(entries.map((e) => [cellKey(e.iso3, e.topic), toMatrixCell(e)]));

export function cellsAsOf(entries: readonly TimelineEntry[], at: string): Map<string, MatrixCell> {
  const cells = new Map<string, MatrixCell>();
  for (const entry of entries) {
    if (entry.statedOn > at) break;
    if (countsOn(entry, at)) cells.set(cellKey(entry.iso3, entry.topic), toMatrixCell(entry));
  }
  return cells;
}

/** An event's short name on time axes: its slug in capitals ("WTPF-2013"). */
export const eventShortName = (slug: string) => slug.toUpperCase();

/** A date on a time control or chart axis; an event's carries its slug. */
/** The label of the stop at today, in the data (the API's and the files'); pages say it in their language. */
export const TODAY_LABEL = "Today";

export type TimeStop = { date: string; label: string; kind: "event" | "year" | "today"; event?: string };

/** The years in which entries were stated. */
export const yearsOf = (entries: readonly TimelineEntry[]) => [...new Set(entries.map((e) => e.statedOn.slice(0, 4)))];

/**
 * A topic's time stops up to `at`: the moments its record moves — its years and the events where positions
 * on it were stated. The last is "Today" on today, else the date itself.
 */
export function topicStops(
  entries: readonly TimelineEntry[],
  events: readonly { slug: string; endDate: string }[],
  at: string,
  today: string,
): TimeStop[] {
  const upToDate = entries.filter((e) => e.statedOn <= at);
  const stops = timeStops(
    events.filter((e) => upToDate.some((entry) => entry.event === e.slug)),
    yearsOf(upToDate),
    at,
  );
  return stops.map((stop) => (stop.kind === "today" && at !== today ? { ...stop, label: at } : stop));
}

/** The dates a reader can step through: every event (as of its last day), every year with a position, and today. */
export function timeStops(
  events: readonly { slug: string; endDate: string }[],
  years: readonly string[],
  today: string,
): TimeStop[] {
  const stops = new Map<string, TimeStop>();
  for (const year of years) {
    const date = `${year}-12-31`;
    if (date < today) stops.set(date, { date, label: year, kind: "year" });
  }
  for (const event of events) {
    if (event.endDate <= today)
      stops.set(event.endDate, {
        date: event.endDate,
        label: eventShortName(event.slug),
        kind: "event",
        event: event.slug,
      });
  }
  stops.set(today, { date: today, label: TODAY_LABEL, kind: "today" });
  return [...stops.values()].sort((a, b) => a.date.localeCompare(b.date));
}
