import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { governmentSeeds } from "@/db/seed-data/governments";
import { type CodingContext, type Fact, RECORD_SETS, type RecordSet } from "./record-sets";

// Applies the coding table (record-sets/) to the facts in db/dataset/records/ and writes
// the reference dataset's coded files, in the import format, to db/dataset/positions/.

export const DATASET_DIR = path.join(process.cwd(), "db", "dataset");
export const RECORDS_DIR = path.join(DATASET_DIR, "records");
export const POSITIONS_DIR = path.join(DATASET_DIR, "positions");

/** The columns of a coded file: the import's, with the evidence kind, the date precision and how a position ended. */
export const CODED_COLUMNS = [
  "government",
  "topic",
  "stance",
  "evidence",
  "stated_on",
  "date_precision",
  "summary",
  "source_url",
  "event",
  "quote",
  "ended_on",
  "end_note",
  "end_source_url",
] as const;

const factsSchema = z.array(
  z.object({
    iso3: z.string().regex(/^[A-Z]{3}$/),
    country: z.string(),
    value: z.string().min(1),
    date: z.string(),
    source_url: z.url(),
  }),
);

/** One facts file, checked: every row has a code, a value and the source it was read from. */
export function readFacts(file: string): Fact[] {
  // The facts come as published, some with both CRLF and LF line ends in one file.
  const text = readFileSync(path.join(RECORDS_DIR, file), "utf8");
  return factsSchema.parse(parse(text, { columns: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] }));
}

let names: Map<string, string> | null = null;

/** What one record set's coding reads: the rows of its facts files, and governments' names. */
export function codingContext(set: RecordSet): CodingContext {
  const known = (names ??= new Map(governmentSeeds().map((g) => [g.iso3, g.name])));
  return {
    facts: Object.fromEntries(set.records.map((file) => [file, readFacts(file)])),
    name: (iso3) => known.get(iso3) ?? iso3,
  };
}

export type CodedRow = Record<(typeof CODED_COLUMNS)[number], string>;

/** The positions one record set's facts become, in the facts' order. */
export function codeRecordSet(set: RecordSet): CodedRow[] {
  const context = codingContext(set);
  const [main] = set.records;
  return (context.facts[main ?? ""] ?? []).flatMap((fact) => {
    const coded = set.code(fact, context);
    if (!coded) return [];
    const rule = set.rules.find((r) => r.value === coded.rule);
    if (!rule) throw new Error(`${set.id}: no coding rule for “${coded.rule}” (${fact.iso3})`);
    return [
      {
        government: fact.iso3,
        topic: set.topic,
        stance: rule.stance,
        evidence: rule.evidence,
        stated_on: coded.precision === "year" ? coded.date.slice(0, 4) : coded.date,
        date_precision: coded.precision,
        summary: coded.summary,
        source_url: coded.sources.join(" "),
        event: coded.event ?? set.event ?? "",
        quote: coded.quote ?? "",
        ended_on: coded.end?.on ?? "",
        end_note: coded.end?.note ?? "",
        end_source_url: coded.end?.source ?? "",
      },
    ];
  });
}

export const codedCsv = (rows: CodedRow[]) =>
  stringify([[...CODED_COLUMNS], ...rows.map((row) => CODED_COLUMNS.map((c) => row[c]))]);

/** Every coded file's name and content, as the coder would write it now. */
export const codedFiles = () =>
  RECORD_SETS.map((set) => ({ name: `${set.id}.csv`, text: codedCsv(codeRecordSet(set)) }));
