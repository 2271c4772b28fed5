import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { type Locale } from "@/server/i18n/locales";
import { formatDate } from "./dates";

// The fields of a position's content, shared by the server (merges, diffs) and the pages that show them.

/** When a position stopped counting (a membership left), what ended it, and the source that says so. */
export type PositionEnd = { on: string; note: string; source: string };

export type RevisionContent = {
  stance: Stance;
  statedOn: string;
  event: string | null;
  summary: string;
  quote: string | null;
  sources: string[];
  evidence: EvidenceKind;
  datePrecision: DatePrecision;
  end: PositionEnd | null;
  /** The language the summary and quote are written in; it goes with the summary (a diff, a merge). */
  language: Locale;
};

/** A position's end from its three fields (all set, or none). */
export const endOf = (p: {
  endedOn: string | null;
  endNote: string | null;
  endSource: string | null;
}): PositionEnd | null =>
  p.endedOn && p.endNote && p.endSource ? { on: p.endedOn, note: p.endNote, source: p.endSource } : null;

/** An end in one line: "Withdrew from the Freedom Online Coalition, 10 Feb 2026 (https://…)"; "—" for none. */
export const describeEnd = (end: PositionEnd | null) =>
  end ? `${end.note}, ${formatDate(end.on)} (${end.source})` : "—";

/** Just the content fields of a row that has them (and more). */
export const pickContent = (row: RevisionContent): RevisionContent => ({
  stance: row.stance,
  evidence: row.evidence,
  statedOn: row.statedOn,
  datePrecision: row.datePrecision,
  event: row.event,
  summary: row.summary,
  quote: row.quote,
  sources: row.sources,
  end: row.end,
  language: row.language,
});

export const CONTENT_FIELDS = [
  "stance",
  "evidence",
  "datePrecision",
  "event",
  "summary",
  "sources",
  "quote",
  "end",
] as const satisfies readonly (keyof RevisionContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

export const FIELD_LABEL: Record<ContentField, string> = {
  stance: "Stance",
  evidence: "Evidence",
  datePrecision: "Date precision",
  event: "Event",
  summary: "Summary",
  sources: "Sources",
  quote: "Quote",
  end: "Ended",
};

const sameEnd = (a: PositionEnd | null, b: PositionEnd | null) =>
  a === null || b === null ? a === b : a.on === b.on && a.note === b.note && a.source === b.source;

export function sameField(a: RevisionContent, b: RevisionContent, field: ContentField): boolean {
  if (field === "sources") return a.sources.join("\n") === b.sources.join("\n");
  if (field === "end") return sameEnd(a.end, b.end);
  if (field === "summary") return a.summary === b.summary && a.language === b.language;
  return a[field] === b[field];
}

export const sameContent = (a: RevisionContent, b: RevisionContent) =>
  a.statedOn === b.statedOn && CONTENT_FIELDS.every((f) => sameField(a, b, f));

/** The fields where two versions differ. */
export const changedFields = (from: RevisionContent, to: RevisionContent) =>
  CONTENT_FIELDS.filter((f) => !sameField(from, to, f));

/** Content taking each field from `current` or from `proposal`, as a moderator chose. */
export function mergeContent(
  current: RevisionContent,
  proposal: RevisionContent,
  take: Partial<Record<ContentField, "current" | "proposal">>,
): RevisionContent {
  const pick = <F extends ContentField>(field: F) =>
    (take[field] ?? "proposal") === "current" ? current[field] : proposal[field];
  return {
    statedOn: proposal.statedOn,
    stance: pick("stance"),
    evidence: pick("evidence"),
    datePrecision: pick("datePrecision"),
    event: pick("event"),
    summary: pick("summary"),
    language: (take.summary ?? "proposal") === "current" ? current.language : proposal.language,
    sources: pick("sources"),
    quote: pick("quote"),
    end: pick("end"),
  };
}
