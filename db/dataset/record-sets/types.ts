import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";

// The shape of the coding table (one RecordSet per public record set) and the helpers the
// record sets share. The coder (code-records.ts) and /methodology both read these.

/** One row of a facts file (db/dataset/records/*.csv): what the record says, as read from its source. */
export type Fact = { iso3: string; country: string; value: string; date: string; source_url: string };

/** One row of the coding table: a record's value, and the position it becomes. */
export type CodingRule = {
  /** The record's value (or a value with a condition, like "yes, original sponsor"). */
  value: string;
  stance: Stance;
  evidence: EvidenceKind;
  /** How the position is dated, in words. */
  statedOn: string;
};

/** A value a record set holds that is deliberately not a stance. */
export type NotCoded = { value: string; why: string };

/** One row of the facts that is not coded, and why (a government's page shows it). */
export type NotCodedRow = { fact: Fact; why: string };

/** The day a position stopped counting (method v2, rule 5), what ended it, and its source. */
export type PositionEnd = { on: string; note: string; source: string };

/**
 * One fact, coded. `event`: where this row differs from the set's (the FOC's founders, at its
 * founding conference); `quote`: the government's words, verbatim; `end`: a position that ended.
 */
export type Coded = {
  rule: string;
  date: string;
  precision: DatePrecision;
  summary: string;
  sources: string[];
  event?: string;
  quote?: string;
  end?: PositionEnd;
};

export type CodingContext = {
  /** The rows of every facts file this set reads, by file name. */
  facts: Record<string, Fact[]>;
  /** A government's name as the site shows it. */
  name: (iso3: string) => string;
};

/** A rule of method v2 (db/dataset/records/README.md), by its number. */
export type MethodRuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type RecordSet = {
  /** The coded file's name without `.csv`: db/dataset/positions/<id>.csv. */
  id: string;
  title: string;
  /** What the record is, in one or two sentences. */
  about: string;
  /** What the record says, in one sentence. */
  says: string;
  /** What it does not say, in one sentence: the reading it does not support. */
  doesNotSay: string;
  /** The facts files it is coded from, the first being the main one. */
  records: string[];
  topic: string;
  event: string | null;
  coverage: "complete" | "partial";
  /** Known gaps: partial lists, undated rows, what the source does not separate. */
  gaps: string;
  /** The rules of the method that code it. */
  methodRules: MethodRuleNumber[];
  /** Why method v2 re-codes this set's v1 positions ("method v2: …", shown in their history); null: new in v2, or coded as before. */
  recodeReason: string | null;
  rules: CodingRule[];
  notCoded: NotCoded[];
  /** One fact → the rule that applies and the position's date, summary and sources; null: not coded. */
  code: (fact: Fact, context: CodingContext) => Coded | null;
  /** The rows not coded, where more than the main file's values decide it (a rival pair); else the main file's rows `notCoded` names. */
  notCodedRows?: (context: CodingContext) => NotCodedRow[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2019-09-16 → "16 Sep 2019", the same on every machine (ICU versions differ on "Sept"), so coded files do not depend on Node's build. */
export function formatDay(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !month) throw new Error(`Not a day: “${date}”`);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

export const list = (names: string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
export const day = (date: string) => ({ date, precision: "day" as const });

/** The commonest coding: the record's own date, its source, and a summary (fixed, or written from the fact). */
export const onTheDay =
  (rule: string | ((fact: Fact) => string), summary: string | ((fact: Fact, context: CodingContext) => string)) =>
  (fact: Fact, context: CodingContext): Coded => ({
    rule: typeof rule === "string" ? rule : rule(fact),
    ...day(fact.date),
    summary: typeof summary === "string" ? summary : summary(fact, context),
    sources: [fact.source_url],
  });

/** A recorded vote's value as the start of a summary. */
export const VOTED: Record<string, string> = { yes: "Voted yes on", no: "Voted no on", abstain: "Abstained on" };

/** A single vote whose yes and no are the topic's two poles (rule 3), one step softer than the text (rule 1). */
export const voteRules = (statedOn: string): CodingRule[] => [
  { value: "yes", stance: "leans_intergovernmental", evidence: "vote", statedOn },
  { value: "no", stance: "leans_multistakeholder", evidence: "vote", statedOn },
  { value: "abstain", stance: "mixed", evidence: "vote", statedOn },
];

export const NOT_VOTING: NotCoded = {
  value: "not_voting",
  why: "a member with no recorded vote (absent, or present and not voting) states no position",
};
