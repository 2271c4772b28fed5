import { STANCES, type Stance } from "@/db/enums";
import { type Side, sideOf } from "./agreement";

// How a bloc's members stand on a topic: how many hold each stance, and how cohesive the bloc is,
// the share of members with a position that are on the majority side. Client-safe (the matrix's
// bloc rows use it too).

export type StanceCounts = Record<Stance, number>;

export function countStances(stances: Iterable<Stance | null | undefined>): StanceCounts {
  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;
  for (const stance of stances) if (stance) counts[stance] += 1;
  return counts;
}

export const withPosition = (counts: StanceCounts) => STANCES.reduce((sum, s) => sum + counts[s], 0);

export type Cohesion = { side: Side | "tied"; share: number };

/** The majority side and its share of the members with a position; null when none has one. */
export function cohesionOf(counts: StanceCounts): Cohesion | null {
  const total = withPosition(counts);
  if (total === 0) return null;
  const sides = new Map<Side, number>();
  for (const stance of STANCES) sides.set(sideOf(stance), (sides.get(sideOf(stance)) ?? 0) + counts[stance]);
  const ranked = [...sides.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  return { side: second && second[1] === top[1] ? "tied" : top[0], share: Math.round((top[1] / total) * 1000) / 1000 };
}
