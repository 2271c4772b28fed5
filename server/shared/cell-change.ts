import { type DatePrecision } from "@/db/enums";

// Which cells a reader sees change when the matrix moves from one date to another.

type Cell = { positionId: number; datePrecision: DatePrecision } | undefined;

/**
 * Whether a cell changed between an earlier and a later date: another position holds it, unless the
 * one that came in between is dated only "on or before" (method v2, rule 4: it entered the record by
 * then; nothing is known to have changed on that day). An end always has its day, so it counts.
 */
export function changedBetween(earlier: Cell, later: Cell): boolean {
  if (earlier?.positionId === later?.positionId) return false;
  return later?.datePrecision !== "on_or_before";
}
