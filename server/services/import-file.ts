import "server-only";
import { parse } from "csv-parse/sync";
import { isNull } from "drizzle-orm";
import { z } from "zod";
import { type Database } from "@/db/client";
import { events, governments, topics } from "@/db/schema";
import { unescapeCsvCell } from "@/server/shared/csv";
import {
  IMPORT_COLUMNS,
  IMPORT_HEADER,
  IMPORT_MAX_BYTES,
  IMPORT_OPTIONAL_COLUMNS,
  type ImportColumn,
  type ImportRow,
  importRowSchema,
} from "@/server/schemas/import-row";

export { decodeImportFile } from "@/server/shared/import-file-bytes";

// Reading a bulk-import file: size, encoding, header, then every row against the rules and
// the reference data. Every problem is reported with its line; nothing is written here.

export type LineError = { line: number; reason: string };
/** `errors`: the problems by line (the first `errorsShown` of them); `badRows`: how many rows (or file problems) there are in all. */
export type ReadFile = { rows: (ImportRow & { line: number })[]; errors: LineError[]; badRows: number };

/** An answer over the web lists this many: a file of 300,000 bad rows would answer tens of MB, and the first ones show what to fix. */
export const IMPORT_ERRORS_SHOWN = 100;

/** A problem with the whole file, before any row is read. */
const fileProblem = (line: number, reason: string): ReadFile => ({ rows: [], errors: [{ line, reason }], badRows: 1 });

const parsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

type Known = { governments: Set<string>; topics: Set<string>; events: Set<string> };

function referenceProblem(row: ImportRow, known: Known): string | null {
  if (!known.governments.has(row.government)) return `unknown government ${row.government}`;
  if (!known.topics.has(row.topic)) return `unknown topic ${row.topic}`;
  if (row.event && !known.events.has(row.event)) return `unknown event ${row.event}`;
  return null;
}

/** A second row for the same position in one file is ambiguous: which one wins? */
function repeatOf(seen: Map<string, number>, row: ImportRow, line: number): string | null {
  const key = `${row.government}|${row.topic}|${row.stated_on}`;
  const first = seen.get(key);
  if (first) return `repeats line ${first} (same government, topic and stated_on)`;
  seen.set(key, line);
  return null;
}

const REQUIRED = IMPORT_HEADER.filter((column) => !(IMPORT_OPTIONAL_COLUMNS as readonly string[]).includes(column));
const isColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name);

/** The file's columns, in its order; or what is wrong with its header. */
function readHeader(names: string[]): ImportColumn[] | string {
  const columns = names.map((name) => name.trim());
  const unknown = columns.filter((name) => !isColumn(name));
  if (unknown.length)
    return `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => `“${u}”`).join(", ")}. The columns are ${IMPORT_COLUMNS.join(", ")}.`;
  const repeated = columns.filter((name, i) => columns.indexOf(name) !== i);
  if (repeated.length) return `The header names ${[...new Set(repeated)].join(", ")} more than once.`;
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length)
    return `The header lacks ${missing.join(", ")}: every file needs ${REQUIRED.join(", ")} (${IMPORT_OPTIONAL_COLUMNS.join(", ")} are optional, in any order).`;
  return columns.filter(isColumn);
}

/** `errorsShown`: how many problems to list (all, unless the answer goes over the web); the rest are counted. */
export async function readImportFile(db: Database, text: string, errorsShown = Infinity): Promise<ReadFile> {
  if (text.length >= IMPORT_MAX_BYTES) return fileProblem(0, "The file is 10 MB or more; split it into smaller files.");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } objects, which its typings do not describe: check the shape.
    records = parsedRecords.parse(parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }));
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return fileProblem(line, `Not a valid CSV file: ${(error as Error).message}`);
  }
  const [first, ...body] = records;
  const header = readHeader(first?.record ?? []);
  if (typeof header === "string") return fileProblem(1, header);
  if (body.length === 0) return fileProblem(2, "The file has a header but no rows.");

  // One after another: `db` may be a transaction, whose one connection takes one query at a time.
  const govs = await db.select({ iso3: governments.iso3 }).from(governments);
  const tops = await db.select({ slug: topics.slug }).from(topics).where(isNull(topics.retiredAt));
  const evs = await db.select({ slug: events.slug }).from(events).where(isNull(events.retiredAt));
  const known = {
    governments: new Set(govs.map((g) => g.iso3)),
    topics: new Set(tops.map((t) => t.slug)),
    events: new Set(evs.map((e) => e.slug)),
  };

  const rows: ReadFile["rows"] = [];
  const errors: LineError[] = [];
  let badRows = 0;
  const bad = (line: number, reason: string) => {
    if (badRows++ < errorsShown) errors.push({ line, reason });
  };
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines; // where the record ends: its own line unless a quoted field spans several
    if (record.length !== header.length) {
      bad(line, `expected ${header.length} columns, found ${record.length}`);
      continue;
    }
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, ""]));
    header.forEach((column, i) => (cells[column] = unescapeCsvCell(record[i] ?? "")));
    const parsed = importRowSchema.safeParse(cells);
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((issue) => {
        const column = String(issue.path[0] ?? "");
        return issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`;
      });
      bad(line, [...new Set(reasons)].join("; "));
      continue;
    }
    const row = parsed.data;
    const problem = referenceProblem(row, known) ?? repeatOf(seen, row, line);
    if (problem) bad(line, problem);
    else rows.push({ ...row, line });
  }
  return { rows, errors, badRows };
}
