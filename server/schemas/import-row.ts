import { z } from "zod";
import { STANCES } from "@/db/enums";
import { QUOTE_MAX, SUMMARY_MAX, SUMMARY_MIN, sourceUrlSchema, statedOnSchema } from "./proposals";

// One row of a bulk-import CSV file (format in domain.md). The content rules are the
// proposal form's; only the shape differs (codes and slugs, sources separated by spaces).

export const IMPORT_HEADER = ["government", "topic", "stance", "stated_on", "summary", "source_url", "event", "quote"] as const;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const importRowSchema = z.object({
  government: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { error: "government must be an ISO 3166-1 alpha-3 code, like BRA" }),
  topic: z.string().trim().min(1, { error: "topic is missing" }),
  stance: z.enum(STANCES, { error: `stance must be one of ${STANCES.join(", ")}` }),
  stated_on: statedOnSchema,
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
});
export type ImportRow = z.output<typeof importRowSchema>;

/** A file sent from /moderation/import: its name and its text (the browser has already checked it is UTF-8). */
export const importUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  text: z.string().max(IMPORT_MAX_BYTES - 1, { error: "The file is 10 MB or more; split it into smaller files." }),
  dryRun: z.boolean(),
});
