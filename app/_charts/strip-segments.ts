import { type Stance } from "@/db/enums";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { timeFraction, type TimeSpan } from "./time-span";

/** A stance strip as parts of its length: no position (null) before the first, then each stance until the next. */
export function stripSegments(entries: readonly Pick<TimelineEntry, "statedOn" | "stance">[], span: TimeSpan): { stance: Stance | null; share: number }[] {
  const at = (date: string) => timeFraction(span, date);
  const first = entries[0];
  const segments: { stance: Stance | null; share: number }[] = [{ stance: null, share: first ? at(first.statedOn) : 1 }];
  entries.forEach((entry, i) => segments.push({ stance: entry.stance, share: at(entries[i + 1]?.statedOn ?? span.to) - at(entry.statedOn) }));
  return segments.filter((s) => s.share > 0);
}
