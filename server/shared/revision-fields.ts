import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";

// The fields of a position's content, shared by the server (merges, diffs) and the pages that show them.

export type RevisionContent = {
  stance: Stance;
  statedOn: string;
  event: string | null;
  summary: string;
  quote: string | null;
  sources: string[];
  evidence: EvidenceKind;
  datePrecision: DatePrecision;
};

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
});

export const CONTENT_FIELDS = ["stance", "evidence", "datePrecision", "event", "summary", "sources", "quote"] as const satisfies readonly (keyof RevisionContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

export const FIELD_LABEL: Record<ContentField, string> = {
  stance: "Stance",
  evidence: "Evidence",
  datePrecision: "Date precision",
  event: "Event",
  summary: "Summary",
  sources: "Sources",
  quote: "Quote",
};

export function sameField(a: RevisionContent, b: RevisionContent, field: ContentField): boolean {
  return field === "sources" ? a.sources.join("\n") === b.sources.join("\n") : a[field] === b[field];
}

export const sameContent = (a: RevisionContent, b: RevisionContent) => a.statedOn === b.statedOn && CONTENT_FIELDS.every((f) => sameField(a, b, f));

/** The fields where two versions differ. */
export const changedFields = (from: RevisionContent, to: RevisionContent) => CONTENT_FIELDS.filter((f) => !sameField(from, to, f));

/** Content taking each field from `current` or from `proposal`, as a moderator chose. */
export function mergeContent(current: RevisionContent, proposal: RevisionContent, take: Partial<Record<ContentField, "current" | "proposal">>): RevisionContent {
  const pick = <F extends ContentField>(field: F) => ((take[field] ?? "proposal") === "current" ? current[field] : proposal[field]);
  return {
    statedOn: proposal.statedOn,
    stance: pick("stance"),
    evidence: pick("evidence"),
    datePrecision: pick("datePrecision"),
    event: pick("event"),
    summary: pick("summary"),
    sources: pick("sources"),
    quote: pick("quote"),
  };
}
