import { type TimelineEntry } from "@/server/shared/matrix-types";
import { cellsAsOf } from "@/server/shared/timeline";
import { type Placement, placementsAsOf } from "./camp-rule";

// Camps over time: each government's placement at every year's end (the last year: as of the date asked),
// and who changed camp between two dates, with the positions stated in between that moved it.

export type CampYear = { year: string; date: string };

/** The years from the first position on record to `at`'s, each dated at its end (or `at`, for `at`'s own year). */
export function campYears(entries: readonly TimelineEntry[], at: string): CampYear[] {
  const first = entries[0]?.statedOn.slice(0, 4);
  if (!first || first > at.slice(0, 4)) return [];
  const years: CampYear[] = [];
  for (let y = Number(first); y <= Number(at.slice(0, 4)); y++) {
    const end = `${y}-12-31`;
    years.push({ year: String(y), date: end < at ? end : at });
  }
  return years;
}

/** Every government's placement in each year (null: on record on too few topics then), by ISO3. */
export function campPaths(entries: readonly TimelineEntry[], years: CampYear[]): Map<string, (Placement | null)[]> {
  const byYear = years.map((y) => placementsAsOf(entries, y.date));
  const governments = new Set(byYear.flatMap((placed) => [...placed.keys()]));
  return new Map([...governments].map((iso3) => [iso3, byYear.map((placed) => placed.get(iso3) ?? null)]));
}

/** `positions`: stated after `from` and still counting on `to`; `ended`: positions that stopped counting in between (a membership left). */
export type Move = { iso3: string; from: Placement; to: Placement; positions: TimelineEntry[]; ended: TimelineEntry[] };

/** The governments placed at both dates whose camp differs, with what moved them in between, newest first. */
export function whoMoved(entries: readonly TimelineEntry[], from: string, to: string): Move[] {
  const before = placementsAsOf(entries, from);
  const after = placementsAsOf(entries, to);
  // The positions that make up the camps on `to` (a newer one on a topic replaces the older).
  const counting = new Set([...cellsAsOf(entries, to).values()].map((cell) => cell.positionId));
  const moves: Move[] = [];
  for (const [iso3, now] of after) {
    const then = before.get(iso3);
    if (!then || then.camp === now.camp) continue;
    const own = entries.filter((e) => e.iso3 === iso3);
    const positions = own.filter((e) => e.statedOn > from && counting.has(e.positionId)).reverse();
    const ended = own.filter((e) => e.endedOn !== null && e.endedOn > from && e.endedOn <= to).reverse();
    moves.push({ iso3, from: then, to: now, positions, ended });
  }
  return moves;
}

/** A camp path's changes only, with the year each began (null: not placed from that year). */
export const campChanges = <C>(path: (C | null)[], years: string[]) =>
  path.flatMap((camp, i) => (i === 0 || camp !== path[i - 1] ? [{ year: years[i] ?? "", camp }] : []));
