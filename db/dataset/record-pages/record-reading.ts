import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { readStatedOn } from "@/server/shared/stated-on";
import { codeRecordSet, codingContext, readFacts } from "../code-records";
import { type MethodRuleNumber, RECORD_SETS, type RecordSet } from "../record-sets";
import { type CatalogueEntry, RECORD_CATALOGUE, type RecordKind, recordSlug } from "./catalogue";
import { type OfficialTally, officialTally } from "./official-tallies";

// A record as its page shows it, read from the files that ship with the code: the facts, the
// record sets that code them (record-sets/) and the official tally. Read once per process.

/** A government's position as the coding made it: the identity a stored position keeps (government, topic, day). */
export type CodedAs = {
  set: string;
  topic: string;
  stance: Stance;
  evidence: EvidenceKind;
  statedOn: string;
  precision: DatePrecision;
};

export type RecordRow = {
  iso3: string;
  /** The name as the source gives it. */
  country: string;
  value: string;
  date: string;
  source: string;
  coded: CodedAs | null;
  /** Why the row is not a position, where the method says (not_voting, voted on only one of a pair). */
  notCoded: string | null;
};

export type TallyEntry = { value: string; count: number };

export type RecordSummary = {
  slug: string;
  file: string;
  title: string;
  kind: RecordKind;
  /** The record sets that code it (a roll call of a rival pair is read with its rival). */
  codedBy: { id: string; title: string; topic: string; event: string | null; methodRules: MethodRuleNumber[] }[];
  bloc: string | null;
  coverage: "complete" | "partial";
  gaps: string | null;
  firstDate: string | null;
  lastDate: string | null;
  rowCount: number;
  tally: TallyEntry[];
  official: OfficialTally | null;
  /** Whether the rows' yes, no and abstain counts are the official tally's; null without an official tally. */
  matchesOfficial: boolean | null;
  /** Each distinct source of its rows (a roll call's rows share one). */
  sources: string[];
  positions: number;
};

export type RecordDetail = RecordSummary & { rows: RecordRow[] };

const VOTE_ORDER = ["yes", "no", "abstain", "not_voting"];

function tallyOf(rows: { value: string }[]): TallyEntry[] {
  const counts = new Map<string, number>();
  for (const { value } of rows) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = (value: string) => (VOTE_ORDER.includes(value) ? VOTE_ORDER.indexOf(value) : VOTE_ORDER.length);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => rank(a.value) - rank(b.value));
}

const countOf = (tally: TallyEntry[], value: string) => tally.find((t) => t.value === value)?.count ?? 0;

/** The stored day of a coded row's date (a year is its last day, as the import stores it). */
const storedDay = (statedOn: string) => readStatedOn(statedOn)?.date ?? statedOn;

/**
 * What one record set makes of its files' rows: the position each row of its main file became (by the row's place
 * in the file: a government may have two rows, as the United States joining and leaving a coalition), the position
 * of each government its other files (a rival roll call, a sponsors list) went into, and why a row is none.
 */
type SetReading = {
  set: RecordSet;
  codedRow: Map<string, CodedAs>;
  codedGovernment: Map<string, CodedAs>;
  notCodedRow: Map<string, string>;
};

/** A row's key: its file and its place in it. */
const rowKey = (file: string, index: number) => `${file}#${index}`;

function readSet(set: RecordSet): SetReading {
  const context = codingContext(set);
  const main = set.records[0] ?? "";
  const mainFacts = context.facts[main] ?? [];
  const codedRows = codeRecordSet(set);
  const codedRow = new Map<string, CodedAs>();
  const codedGovernment = new Map<string, CodedAs>();
  let next = 0;
  mainFacts.forEach((fact, index) => {
    if (!set.code(fact, context)) return;
    const row = codedRows[next++];
    if (!row || row.government !== fact.iso3) throw new Error(`${set.id}: coded rows out of step at ${fact.iso3}`);
    const coded: CodedAs = {
      set: set.id,
      topic: row.topic,
      stance: row.stance as Stance,
      evidence: row.evidence as EvidenceKind,
      statedOn: storedDay(row.stated_on),
      precision: row.date_precision as DatePrecision,
    };
    codedRow.set(rowKey(main, index), coded);
    if (!codedGovernment.has(fact.iso3)) codedGovernment.set(fact.iso3, coded);
  });
  const notCoded = set.notCodedRows
    ? set.notCodedRows(context)
    : mainFacts.flatMap((fact) => {
        const why = set.notCoded.find((n) => n.value === fact.value)?.why;
        return why ? [{ fact, why }] : [];
      });
  const notCodedRow = new Map<string, string>();
  for (const { fact, why } of notCoded)
    for (const file of set.records) {
      const index = (context.facts[file] ?? []).indexOf(fact);
      if (index >= 0) notCodedRow.set(rowKey(file, index), why);
    }
  return { set, codedRow, codedGovernment, notCodedRow };
}

/** The position a row became: a main file's row by its place; another file's (a rival roll call, sponsors) by its government's. */
function codedAs(reading: SetReading, file: string, index: number, iso3: string): CodedAs | undefined {
  return file === reading.set.records[0]
    ? reading.codedRow.get(rowKey(file, index))
    : reading.codedGovernment.get(iso3);
}

function readRecord(entry: CatalogueEntry, readings: SetReading[]): { summary: RecordSummary; rows: RecordRow[] } {
  const facts = readFacts(entry.file);
  const sets = readings.filter((r) => r.set.records.includes(entry.file));
  const rows = facts.map((fact, index) => {
    const coded = sets.map((r) => codedAs(r, entry.file, index, fact.iso3)).find(Boolean) ?? null;
    const notCoded = coded
      ? null
      : (sets.map((r) => r.notCodedRow.get(rowKey(entry.file, index))).find(Boolean) ?? null);
    return {
      iso3: fact.iso3,
      country: fact.country,
      value: fact.value,
      date: fact.date,
      source: fact.source_url,
      coded,
      notCoded,
    };
  });
  const dates = facts
    .map((f) => f.date)
    .filter(Boolean)
    .sort();
  const tally = tallyOf(facts);
  const official = officialTally(entry.file) ?? null;
  const main = sets[0]?.set;
  const summary: RecordSummary = {
    slug: recordSlug(entry.file),
    file: entry.file,
    title: entry.title,
    kind: entry.kind,
    codedBy: sets.map(({ set }) => ({
      id: set.id,
      title: set.title,
      topic: set.topic,
      event: set.event,
      methodRules: set.methodRules,
    })),
    bloc: entry.bloc ?? null,
    coverage: main?.coverage ?? (entry.file.includes("partial") ? "partial" : "complete"),
    gaps: main?.gaps ?? null,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    rowCount: facts.length,
    tally,
    official,
    matchesOfficial: official
      ? (["yes", "no", "abstain"] as const).every((value) => countOf(tally, value) === official[value])
      : null,
    sources: [...new Set(facts.map((f) => f.source_url))],
    positions: new Set(rows.flatMap((r) => (r.coded ? [`${r.iso3}|${r.coded.topic}|${r.coded.statedOn}`] : []))).size,
  };
  return { summary, rows };
}

let read: { details: RecordDetail[]; summaries: RecordSummary[] } | null = null;
const readAll = () => {
  if (!read) {
    const readings = RECORD_SETS.map(readSet);
    const records = RECORD_CATALOGUE.map((entry) => readRecord(entry, readings));
    read = {
      details: records.map(({ summary, rows }) => ({ ...summary, rows })),
      summaries: records.map(({ summary }) => summary),
    };
  }
  return read;
};

/** Every record, read and coded, in the catalogue's order (read once per process). */
export const readRecords = (): RecordDetail[] => readAll().details;

/** Every record without its rows (the list). */
export const recordSummaries = (): RecordSummary[] => readAll().summaries;

export type RecordLink = { slug: string; title: string };

/** A dataset position's identity (government, topic, stored day) and the records it was coded from. */
export type PositionRecords = { government: string; topic: string; statedOn: string; records: RecordLink[] };

let byPosition: Map<string, PositionRecords> | null = null;
const signature = (government: string, topic: string, statedOn: string) => `${government}|${topic}|${statedOn}`;

/** Every coded position with its records: a rival pair's position names both roll calls. */
export function positionRecords(): Map<string, PositionRecords> {
  if (!byPosition) {
    byPosition = new Map();
    for (const record of readRecords())
      for (const { iso3, coded } of record.rows) {
        if (!coded) continue;
        const key = signature(iso3, coded.topic, coded.statedOn);
        const held = byPosition.get(key) ?? {
          government: iso3,
          topic: coded.topic,
          statedOn: coded.statedOn,
          records: [],
        };
        if (!held.records.some((l) => l.slug === record.slug))
          held.records.push({ slug: record.slug, title: record.title });
        byPosition.set(key, held);
      }
  }
  return byPosition;
}

/** The records a dataset position was coded from, by its identity; empty for a position contributors recorded. */
export const recordsOfPosition = (government: string, topic: string, statedOn: string): RecordLink[] =>
  positionRecords().get(signature(government, topic, statedOn))?.records ?? [];
