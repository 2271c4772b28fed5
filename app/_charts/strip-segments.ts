import { type Stance } from "@/db/enums";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { countsOn } from "@/server/shared/timeline";
import { timeFraction, type TimeSpan } from "./time-span";

type Entry = Pick<TimelineEntry, "statedOn" | "stance"> & { endedOn?: string | null };

/**
 * A stance strip as parts of its length: no position (null) before the first, then at each date a
 * position was stated or ended, the stance as of that date (the as-of rule: after an end, the
 * position before it, or none) until the next such date. Entries oldest first.
 */
export function stripSegments(entries: readonly Entry[], span: TimeSpan): { stance: Stance | null; share: number }[] {
  const at = (date: string) => timeFraction(span, date);
  const dates = [...new Set(entries.flatMap((e) => (e.endedOn ? [e.statedOn, e.endedOn] : [e.statedOn])))].sort();
  const stanceOn = (date: string) =>
    entries.findLast((e) => countsOn({ statedOn: e.statedOn, endedOn: e.endedOn ?? null }, date))?.stance ?? null;
  const first = dates[0];
  const segments: { stance: Stance | null; share: number }[] = [{ stance: null, share: first ? at(first) : 1 }];
  dates.forEach((date, i) => segments.push({ stance: stanceOn(date), share: at(dates[i + 1] ?? span.to) - at(date) }));
  return segments.filter((s) => s.share > 0);
}
