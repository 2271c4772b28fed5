import { type TimelineEntry } from "@/server/shared/matrix-types";
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

export type Move = { iso3: string; from: Placement; to: Placement; positions: TimelineEntry[] };

/**
 * The governments placed at both dates whose camp differs, with the positions they stated after `from` and by
 * `to` that count on `to` (what moved them), newest first.
 */
export function whoMoved(entries: readonly TimelineEntry[], from: string, to: string): Move[] {
  const before = placementsAsOf(entries, from);
  const after = placementsAsOf(entries, to);
  const moves: Move[] = [];
  for (const [iso3, now] of after) {
    const then = before.get(iso3);
    if (!then || then.camp === now.camp) continue;
    const positions = entries.filter((e) => e.iso3 === iso3 && e.statedOn > from && e.statedOn <= to).reverse();
    moves.push({ iso3, from: then, to: now, positions });
  }
  return moves;
}
