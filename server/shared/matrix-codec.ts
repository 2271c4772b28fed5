import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { type GridCell } from "./matrix-types";
import { cellKey } from "./timeline";

// The matrix page's data in the compact form its HTML carries for the browser. A page's
// React Server Components payload repeats every prop of a client component; sent as objects,
// the cells and governments cost as much again as the table they render. As two strings of
// short fields they add about a fifth.

export type MatrixGovernment = { iso3: string; name: string; region: string; subregion: string; m49: string };

const FIELD = "|";
const RECORD = "\n";

/** `RUS|Russia|Europe|Eastern Europe|643`, one line per government. */
export function encodeGovernments(governments: readonly MatrixGovernment[]): string {
  return governments.map((g) => [g.iso3, g.name, g.region, g.subregion, g.m49].join(FIELD)).join(RECORD);
}

export function decodeGovernments(text: string): MatrixGovernment[] {
  if (!text) return [];
  return text.split(RECORD).map((line) => {
    const [iso3 = "", name = "", region = "", subregion = "", m49 = ""] = line.split(FIELD);
    return { iso3, name, region, subregion, m49 };
  });
}

export type CellEntry = GridCell & { iso3: string; topic: string };

const base36 = (n: number) => n.toString(36);

/**
 * `RUS,2,4,20191227,0,2,ya` per cell with a position: government, topic (its index in
 * `topics`), stance, date stated, date precision and evidence kind (indexes in their lists),
 * position id (base 36); cells are separated by `;`.
 */
export function encodeCells(cells: readonly CellEntry[], topics: readonly string[]): string {
  return cells
    .map((c) =>
      [
        c.iso3,
        topics.indexOf(c.topic),
        STANCES.indexOf(c.stance),
        c.statedOn.replaceAll("-", ""),
        DATE_PRECISIONS.indexOf(c.datePrecision),
        EVIDENCE_KINDS.indexOf(c.evidence),
        base36(c.positionId),
      ].join(","),
    )
    .join(";");
}

/** The cells keyed by cellKey(iso3, topic); a field out of range drops that cell rather than inventing one. */
export function decodeCells(text: string, topics: readonly string[]): Map<string, GridCell> {
  const cells = new Map<string, GridCell>();
  if (!text) return cells;
  for (const record of text.split(";")) {
    const [iso3 = "", topic, stance, date = "", precision, evidence, id = ""] = record.split(",");
    const cell = {
      stance: STANCES[Number(stance)],
      statedOn: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      datePrecision: DATE_PRECISIONS[Number(precision)],
      evidence: EVIDENCE_KINDS[Number(evidence)],
      positionId: parseInt(id, 36),
    };
    const slug = topics[Number(topic)];
    if (!slug || !cell.stance || !cell.datePrecision || !cell.evidence || Number.isNaN(cell.positionId)) continue;
    cells.set(cellKey(iso3, slug), { ...cell, stance: cell.stance, datePrecision: cell.datePrecision, evidence: cell.evidence });
  }
  return cells;
}
