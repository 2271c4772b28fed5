import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { type Locale } from "@/server/i18n/locales";
import { proposalSchema, type ProposalInput } from "@/server/schemas/proposals";

// The proposal form's values, and turning them into what the server takes, with the same
// checks the server makes (it makes them again). Errors are keyed by field; a bad source
// URL by its position ("sources.1"), so the message sits next to that input.

export type ProposalValues = {
  government: string;
  topic: string;
  stance: Stance | "";
  evidence: EvidenceKind;
  statedOn: string;
  datePrecision: DatePrecision;
  event: string;
  summary: string;
  sources: string[];
  quote: string;
  /** The language the summary and quote are written in. */
  language: Locale;
  /** When the position stopped counting, what ended it and its source: all three, or all empty. */
  endedOn: string;
  endNote: string;
  endSource: string;
};

export type FieldErrors = Record<string, string | undefined>;

export type Choices = {
  /** Names in the page's language; a government is also found by its English name. */
  governments: { iso3: string; name: string; english?: string }[];
  topics: { slug: string; title: string }[];
};

/** A government's code from what the picker holds: its name (or English name) or its code, in any case. */
export function governmentCode(text: string, governments: Choices["governments"]): string | undefined {
  const wanted = text.trim().toLowerCase();
  return governments.find((g) => [g.name, g.english, g.iso3].some((n) => n?.toLowerCase() === wanted))?.iso3;
}

/** What the form says of a typed name that is no choice, in the page's language ("No government is called …"). */
export type UnknownChoice = (field: "government" | "topic", typed: string) => string;

export function topicSlug(text: string, topics: Choices["topics"]): string | undefined {
  const wanted = text.trim().toLowerCase();
  return topics.find((t) => t.title.toLowerCase() === wanted || t.slug === wanted)?.slug;
}

export function toProposal(
  values: ProposalValues,
  choices: Choices,
  edit: { positionId: number; baseRevisionId: number } | null,
  unknown: UnknownChoice = (field) => field,
) {
  const input: ProposalInput = {
    government: governmentCode(values.government, choices.governments) ?? values.government,
    topic: topicSlug(values.topic, choices.topics) ?? values.topic,
    stance: values.stance as Stance,
    evidence: values.evidence,
    statedOn: values.statedOn,
    datePrecision: values.datePrecision,
    event: values.event || null,
    summary: values.summary,
    // Empty source rows are left out, not sent: a blank extra row is not an error.
    sources: values.sources.map((s) => s.trim()).filter(Boolean),
    quote: values.quote || null,
    language: values.language,
    endedOn: values.endedOn || null,
    endNote: values.endNote || null,
    endSource: values.endSource || null,
    ...(edit && { positionId: edit.positionId, baseRevisionId: edit.baseRevisionId }),
  };
  const errors: FieldErrors = {};
  const parsed = proposalSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key =
        issue.path[0] === "sources" && typeof issue.path[1] === "number"
          ? `sources.${sourceRow(values.sources, issue.path[1])}`
          : String(issue.path[0]);
      errors[key] ??= issue.message;
    }
  }
  if (values.government.trim() && !governmentCode(values.government, choices.governments)) {
    errors.government = unknown("government", values.government.trim());
  }
  if (values.topic.trim() && !topicSlug(values.topic, choices.topics)) {
    errors.topic = unknown("topic", values.topic.trim());
  }
  return { input, errors };
}

/** The form row of the n-th non-empty source. */
function sourceRow(sources: string[], n: number): number {
  let seen = -1;
  for (let row = 0; row < sources.length; row++) if ((sources[row] ?? "").trim() && ++seen === n) return row;
  return 0;
}

/** Server field errors (zod's flattened lists or one message per field) as one message per field. */
export function serverFieldErrors(fieldErrors: Record<string, string[] | undefined> | null | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) errors[field] = messages?.[0];
  return errors;
}
