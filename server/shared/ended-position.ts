import { type PositionEnd } from "./revision-fields";

// A position that ended (a membership left) says so in a cell's detail after its end, even though
// the cell no longer shows it (method v2, rule 5).

type Position = { id: number; statedOn: string; end: PositionEnd | null };

/**
 * The newest of a government's positions on a topic that had ended by `at`, when it is newer than the
 * position the cell shows as of `at` (or the cell shows none): what the reader is told the government left.
 */
export function endedSinceShown<P extends Position>(
  positions: readonly P[],
  at: string,
  shownId: number | undefined,
): (P & { end: PositionEnd }) | null {
  const shown = positions.find((p) => p.id === shownId);
  let newest: (P & { end: PositionEnd }) | null = null;
  for (const p of positions) {
    if (!hasEnded(p, at) || (shown && p.statedOn <= shown.statedOn)) continue;
    if (!newest || p.statedOn > newest.statedOn || (p.statedOn === newest.statedOn && p.end.on > newest.end.on))
      newest = p;
  }
  return newest;
}

const hasEnded = <P extends Position>(p: P, at: string): p is P & { end: PositionEnd } =>
  p.end !== null && p.statedOn <= at && p.end.on <= at;
