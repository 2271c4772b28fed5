import { z } from "zod";
import { DATE_PRECISIONS, type DatePrecision, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import {
  EARLIEST_STATED_ON,
  endProblems,
  positionEndFields,
  QUOTE_MAX,
  SUMMARY_MAX,
  SUMMARY_MIN,
  periodNotEnded,
  sourceUrlSchema,
} from "./proposals";
import { endOf } from "@/server/shared/revision-fields";

const END_COLUMN = { endedOn: "ended_on", endNote: "end_note", endSource: "end_source_url" } as const;
import { todayUtc } from "@/server/shared/dates";
import { canCoarsen, periodEnd, periodStart, readStatedOn } from "@/server/shared/stated-on";

// One row of a bulk-import CSV file (format in domain.md). The content rules are the
// proposal form's; only the shape differs (codes and slugs, sources separated by spaces).

/** The columns in their usual order; a file may give them in any order and leave out the optional ones. */
export const IMPORT_HEADER = [
  "government",
  "topic",
  "stance",
  "stated_on",
  "summary",
  "source_url",
  "event",
  "quote",
] as const;
export const IMPORT_OPTIONAL_COLUMNS = [
  "event",
  "quote",
  "evidence",
  "date_precision",
  "ended_on",
  "end_note",
  "end_source_url",
] as const;
export const IMPORT_COLUMNS = [
  ...IMPORT_HEADER,
  "evidence",
  "date_precision",
  "ended_on",
  "end_note",
  "end_source_url",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** An optional column's value: one of `values`, or undefined when the cell is empty. */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.enum(values, { error: message }).optional());

export const importRowSchema = z
  .object({
    government: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: "government must be an ISO 3166-1 alpha-3 code, like BRA" }),
    topic: z.string().trim().min(1, { error: "topic is missing" }),
    stance: z.enum(STANCES, { error: `stance must be one of ${STANCES.join(", ")}` }),
    evidence: optionalChoice(
      EVIDENCE_KINDS,
      `evidence must be one of ${EVIDENCE_KINDS.join(", ")} (or empty for statement)`,
    ),
    stated_on: z.string().trim(),
    date_precision: optionalChoice(
      DATE_PRECISIONS,
      `date_precision must be one of ${DATE_PRECISIONS.join(", ")} (or empty)`,
    ),
    summary: z
      .string()
      .trim()
      .min(SUMMARY_MIN, { error: `summary must be at least ${SUMMARY_MIN} characters` })
      .max(SUMMARY_MAX, { error: `summary must be at most ${SUMMARY_MAX} characters` }),
    source_url: z
      .string()
      .trim()
      .min(1, { error: "source_url is missing: every position needs a source" })
      .transform((value) => value.split(/\s+/))
      .pipe(z.array(sourceUrlSchema)),
    event: z
      .string()
      .trim()
      .transform((value) => value || null),
    quote: z
      .string()
      .trim()
      .max(QUOTE_MAX, { error: `quote must be at most ${QUOTE_MAX} characters` })
      .transform((value) => value || null),
    ended_on: positionEndFields.endedOn,
    end_note: positionEndFields.endNote,
    end_source_url: positionEndFields.endSource,
  })
  .transform(({ ended_on, end_note, end_source_url, ...row }, ctx) => {
    const dated = statedOn(row.stated_on, row.date_precision);
    if (typeof dated === "string") {
      ctx.addIssue({ code: "custom", path: ["stated_on"], message: dated });
      return z.NEVER;
    }
    const endFields = {
      statedOn: dated.date,
      endedOn: ended_on ?? null,
      endNote: end_note ?? null,
      endSource: end_source_url ?? null,
    };
    const problems = endProblems(endFields);
    for (const problem of problems)
      ctx.addIssue({
        code: "custom",
        path: [END_COLUMN[problem.path]],
        message: `${END_COLUMN[problem.path]}: ${problem.message}`,
      });
    if (problems.length) return z.NEVER;
    return {
      ...row,
      evidence: row.evidence ?? "statement",
      stated_on: dated.date,
      date_precision: dated.precision,
      end: endOf(endFields),
    };
  });
export type ImportRow = z.output<typeof importRowSchema>;

/**
 * `stated_on` as written (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) at the given precision (or the
 * one the form implies), stored as the last day of its period; or what is wrong with it.
 */
function statedOn(value: string, given: DatePrecision | undefined) {
  if (!value) return "stated_on is missing";
  const read = readStatedOn(value);
  if (!read) return "stated_on must be a real date written YYYY-MM-DD (or YYYY-MM, or YYYY, for a month or a year)";
  const precision = given ?? read.precision;
  if (!canCoarsen(read.precision, precision))
    return `stated_on ${value} gives only the ${read.precision}; set date_precision to ${read.precision}`;
  const date = periodEnd(read.date, precision);
  if (periodStart(date, precision) < EARLIEST_STATED_ON)
    return "stated_on: positions stated before 1990 are out of scope";
  if (periodStart(read.date, read.precision) > todayUtc()) return "stated_on cannot be in the future";
  const notEnded = periodNotEnded(date, precision);
  if (notEnded) return `stated_on: ${notEnded}`;
  return { date, precision };
}

/** A file sent from /moderation/import: its name and its text (the browser has already checked it is UTF-8). */
export const importUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  text: z.string().max(IMPORT_MAX_BYTES - 1, { error: "The file is 10 MB or more; split it into smaller files." }),
  dryRun: z.boolean(),
});
