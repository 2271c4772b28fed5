import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { type GridCell } from "./matrix-types";
import { cellKey } from "./timeline";

// The matrix page's data in the compact form its HTML carries for the browser. A page's
// React Server Components payload repeats every prop of a client component; sent as objects,
// the cells and governments cost as much again as the table they render. As two strings of
// short fields they add about a quarter.

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

export type CellEntry = Omit<GridCell, "contested"> & { iso3: string; topic: string; contestedNote: string | null };

const CONTESTED = "!";
const DAY_MS = 86_400_000;
// A date as days since 1970 in base 36: three characters from 20 July 1973 to 2097.
const DATE_WIDTH = 3;

function encodeDate(date: string): string {
  const days = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const text = days.toString(36);
  if (text.length !== DATE_WIDTH) throw new RangeError(`The matrix's encoding does not reach ${date}.`);
  return text;
}

const decodeDate = (text: string) => new Date(parseInt(text, 36) * DAY_MS).toISOString().slice(0, 10);

/**
 * One field per government × topic, in the order of `governments` then `topics`, separated by
 * commas; empty where there is no position. A position is its stance, date precision and
 * evidence kind (one digit each: their indexes in their lists), the date stated (three
 * characters), the position's id (base 36) and `!` if it is contested: `402e29ya`, `402e29ya!`.
 */
export function encodeCells(
  cells: readonly CellEntry[],
  governments: readonly string[],
  topics: readonly string[],
): string {
  const fields = new Array<string>(governments.length * topics.length).fill("");
  const rows = new Map(governments.map((iso3, i) => [iso3, i]));
  for (const c of cells) {
    const row = rows.get(c.iso3);
    const column = topics.indexOf(c.topic);
    if (row === undefined || column < 0) continue;
    const kinds = `${STANCES.indexOf(c.stance)}${DATE_PRECISIONS.indexOf(c.datePrecision)}${EVIDENCE_KINDS.indexOf(c.evidence)}`;
    fields[row * topics.length + column] =
      `${kinds}${encodeDate(c.statedOn)}${c.positionId.toString(36)}${c.contestedNote === null ? "" : CONTESTED}`;
  }
  return fields.join(",");
}

/** The cells keyed by cellKey(iso3, topic); a field it cannot read is left empty rather than guessed. */
export function decodeCells(
  text: string,
  governments: readonly string[],
  topics: readonly string[],
): Map<string, GridCell> {
  const cells = new Map<string, GridCell>();
  text.split(",").forEach((field, i) => {
    const iso3 = governments[Math.floor(i / topics.length)];
    const topic = topics[i % topics.length];
    const stance = STANCES[Number(field[0])];
    const datePrecision = DATE_PRECISIONS[Number(field[1])];
    const evidence = EVIDENCE_KINDS[Number(field[2])];
    const contested = field.endsWith(CONTESTED);
    const positionId = parseInt(field.slice(3 + DATE_WIDTH, contested ? -1 : undefined), 36);
    if (!iso3 || !topic || !stance || !datePrecision || !evidence || Number.isNaN(positionId)) return;
    cells.set(cellKey(iso3, topic), {
      stance,
      datePrecision,
      evidence,
      statedOn: decodeDate(field.slice(3, 3 + DATE_WIDTH)),
      positionId,
      contested,
    });
  });
  return cells;
}
