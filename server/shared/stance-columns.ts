import { type Stance } from "@/db/enums";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { cellsAsOf, type TimeStop } from "@/server/shared/timeline";

/** Governments at each stance on one topic at each stop, for the stance chart. */
export function stanceColumns(entries: TimelineEntry[], stops: TimeStop[], topic: string, only?: Set<string>) {
  return stops.map((stop) => {
    const counts: Record<Stance, number> = {
      multistakeholder: 0,
      leans_multistakeholder: 0,
      mixed: 0,
      leans_intergovernmental: 0,
      intergovernmental: 0,
    };
    for (const [key, cell] of cellsAsOf(entries, stop.date)) {
      const [iso3, slug] = key.split("|");
      if (slug === topic && iso3 && (!only || only.has(iso3))) counts[cell.stance] += 1;
    }
    return { date: stop.date, label: stop.label, counts, ...(stop.event ? { event: stop.event } : {}) };
  });
}
