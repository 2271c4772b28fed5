import { z } from "zod";
import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { LOCALES } from "@/server/i18n/locales";
import { EARLIEST_DATE, isCalendarDate, todayUtc } from "@/server/shared/dates";
import { formatStatedOn, periodEnd } from "@/server/shared/stated-on";
import { filterTextSchema, idSchema, URL_MAX, URL_TOO_LONG } from "./common";

// A contributor's proposal: a new position, or an edit of one. The form checks it with this
// schema before sending and the server checks it again; neither trusts the other.

export const EARLIEST_STATED_ON = EARLIEST_DATE;
export const SUMMARY_MIN = 20;
export const SUMMARY_MAX = 2000;
export const QUOTE_MAX = 2000;
export const SOURCES_MAX = 10;

const required = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

export const statedOnSchema = required("Enter the date the position was stated.")
  .refine(isCalendarDate, { error: "Enter a real date written YYYY-MM-DD, like 2013-05-16." })
  .refine((d) => d >= EARLIEST_STATED_ON, { error: "Positions stated before 1990 are out of scope." })
  .refine((d) => d <= todayUtc(), { error: "The date stated cannot be in the future." });

export const evidenceSchema = z.enum(EVIDENCE_KINDS, {
  error: `Choose how the position is known: ${EVIDENCE_KINDS.join(", ")}.`,
});
export const datePrecisionSchema = z.enum(DATE_PRECISIONS, {
  error: `Choose how precise the date is: ${DATE_PRECISIONS.join(", ")}.`,
});

/** A month or year position counts from the last day of its period, which must have come. */
export function periodNotEnded(statedOn: string, precision: z.infer<typeof datePrecisionSchema>): string | null {
  if (!isCalendarDate(statedOn) || periodEnd(statedOn, precision) <= todayUtc()) return null;
  return `A position dated ${formatStatedOn(periodEnd(statedOn, precision), precision)} counts from the last day of that ${precision}, which has not come yet: give the exact day.`;
}

export const sourceUrlSchema = z
  .string()
  .trim()
  .max(URL_MAX, { error: URL_TOO_LONG })
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "Enter a full web address starting with http:// or https://.",
    }),
  );

export const END_NOTE_MAX = 300;
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null);

/**
 * When a position stopped counting (method v2, rule 5: a membership left) — all three or none:
 * the day, what ended it ("Withdrew from the Freedom Online Coalition"), and the source saying so.
 */
export const positionEndFields = {
  endedOn: optionalText,
  endNote: optionalText.pipe(
    z
      .string()
      .max(END_NOTE_MAX, { error: `Keep what ended it to ${END_NOTE_MAX} characters or fewer.` })
      .nullable(),
  ),
  endSource: optionalText,
};

type EndFields = { statedOn: string; endedOn: string | null; endNote: string | null; endSource: string | null };

/** What is wrong with a position's end, field by field (none when it has no end, or a whole one). */
export function endProblems(p: EndFields): { path: "endedOn" | "endNote" | "endSource"; message: string }[] {
  if (!p.endedOn && !p.endNote && !p.endSource) return [];
  const problems: ReturnType<typeof endProblems> = [];
  if (!p.endedOn)
    problems.push({
      path: "endedOn",
      message: "Enter the day the position ended, or clear what ended it and its source.",
    });
  else if (!isCalendarDate(p.endedOn))
    problems.push({ path: "endedOn", message: "Enter a real date written YYYY-MM-DD, like 2026-02-10." });
  else if (p.endedOn <= p.statedOn)
    problems.push({ path: "endedOn", message: "A position ends after the date it was stated." });
  else if (p.endedOn > todayUtc()) problems.push({ path: "endedOn", message: "The end cannot be in the future." });
  if (!p.endNote)
    problems.push({
      path: "endNote",
      message: "Say what ended the position, like “Withdrew from the Freedom Online Coalition”.",
    });
  if (!p.endSource) problems.push({ path: "endSource", message: "Give the source that says the position ended." });
  else {
    const source = sourceUrlSchema.safeParse(p.endSource);
    if (!source.success)
      problems.push({
        path: "endSource",
        message: source.error.issues[0]?.message ?? "Enter a full web address starting with http:// or https://.",
      });
  }
  return problems;
}

export const proposalSchema = z
  .object({
    /** An ISO alpha-3 code or a government's name, as typed in the picker. */
    government: required("Choose a government from the list."),
    /** A topic's slug or title. */
    topic: required("Choose a topic from the list."),
    stance: z.enum(STANCES, { error: "Choose one of the five stances." }),
    evidence: evidenceSchema.default("statement"),
    statedOn: statedOnSchema,
    /** A month or year is stored as its last day (the as-of rule); the service does that. */
    datePrecision: datePrecisionSchema.default("day"),
    event: z
      .string()
      .trim()
      .nullish()
      .transform((value) => value || null),
    summary: z
      .string({ error: "Write a summary of the position." })
      .trim()
      .min(SUMMARY_MIN, { error: `Write at least ${SUMMARY_MIN} characters: say what the government said.` })
      .max(SUMMARY_MAX, { error: `Keep the summary to ${SUMMARY_MAX} characters or fewer.` }),
    /** The language the summary and quote are written in (the form offers the page's language). */
    language: z
      .enum(LOCALES, { error: `Choose the language the summary is written in: one of ${LOCALES.join(", ")}.` })
      .default("en"),
    sources: z
      .array(sourceUrlSchema, { error: "Add at least one source URL." })
      .min(1, { error: "Add at least one source URL." })
      .max(SOURCES_MAX, { error: `Give at most ${SOURCES_MAX} sources.` })
      .refine((urls) => new Set(urls).size === urls.length, { error: "Each source URL should appear once." }),
    quote: z
      .string()
      .trim()
      .max(QUOTE_MAX, { error: `Keep the quote to ${QUOTE_MAX} characters or fewer.` })
      .nullish()
      .transform((value) => value || null),
    ...positionEndFields,
    /** Set when editing: the position, and the approved revision the edit started from (null if it had none). */
    positionId: idSchema.optional(),
    baseRevisionId: idSchema.nullable().optional(),
  })
  .superRefine(
    (proposal, ctx) => {
      const problem = periodNotEnded(proposal.statedOn, proposal.datePrecision);
      if (problem) ctx.addIssue({ code: "custom", path: ["statedOn"], message: problem });
      for (const end of endProblems({ ...proposal, statedOn: periodEnd(proposal.statedOn, proposal.datePrecision) }))
        ctx.addIssue({ code: "custom", path: [end.path], message: end.message });
    },
    // Checked even when other fields are wrong, so the form shows every problem at once; not when the input is no
    // object at all (its one issue has no path), which would leave nothing to check.
    {
      when: (payload) =>
        !payload.issues.some(
          (issue) => !issue.path?.length || issue.path[0] === "statedOn" || issue.path[0] === "datePrecision",
        ),
    },
  );
export type ProposalInput = z.input<typeof proposalSchema>;
export type Proposal = z.output<typeof proposalSchema>;

export const revisionIdSchema = z.object({ revisionId: idSchema });

// Moderators' decisions.
const takeSchema = z.enum(["current", "proposal"]);
export const approveSchema = revisionIdSchema.extend({
  /** For a proposal whose base went stale: which version each field comes from. */
  take: z
    .object({
      stance: takeSchema,
      evidence: takeSchema,
      datePrecision: takeSchema,
      event: takeSchema,
      summary: takeSchema,
      sources: takeSchema,
      quote: takeSchema,
      end: takeSchema,
    })
    .partial()
    .optional(),
});
export const reasonSchema = z
  .string({ error: "Give a reason; the author sees it." })
  .trim()
  .min(3, { error: "Give a reason; the author sees it." })
  .max(2000, { error: "Keep the reason to 2000 characters or fewer." });
/** A revision and why: rejecting a proposal, or reverting to an old version. */
export const rejectSchema = revisionIdSchema.extend({ reason: reasonSchema });
/** The position's current revision as the moderator saw it: if another change landed since, theirs is refused (409). */
const seenRevisionIdSchema = idSchema;
export const revertSchema = rejectSchema.extend({ seenRevisionId: seenRevisionIdSchema });
export const hidePositionSchema = z.object({
  positionId: idSchema,
  seenRevisionId: seenRevisionIdSchema,
  reason: reasonSchema,
});

/** The review queue's filters (all optional), as they appear in /moderation's URL. */
export const queueFilterSchema = z
  .object({
    topic: filterTextSchema(100).optional(),
    government: filterTextSchema(3).optional(),
    author: filterTextSchema(100).optional(),
  })
  .strict();
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** /changes and /changes.atom filters. */
export const changesQuerySchema = z
  .object({
    topic: filterTextSchema(100).optional(),
    government: filterTextSchema(3).optional(),
  })
  .strict();
export type ChangesQuery = z.infer<typeof changesQuerySchema>;
