import { z } from "zod";
import { EVIDENCE_KINDS, M49_REGIONS } from "@/db/enums";
import { calendarDateSchema, commaListSchema, slugSchema } from "./common";

// The matrix view's state, shared by the HTTP API, tRPC, and the page's URL.

export { MATRIX_TABS, type MatrixTab } from "@/server/shared/matrix-state";

/** `name`, `region`, or `score:<topic-slug>` (most multistakeholder first). */
export const matrixSortSchema = z.union([z.enum(["name", "region"]), z.templateLiteral(["score:", slugSchema])], {
  error: "must be name, region, or score:<topic-slug>.",
});

const evidenceKindSchema = z.enum(EVIDENCE_KINDS, {
  error: `must list evidence kinds from: ${EVIDENCE_KINDS.join(", ")}.`,
});
/** Only positions known from these kinds of evidence count (tRPC's form). */
export const evidenceKindsSchema = z.array(evidenceKindSchema).max(EVIDENCE_KINDS.length);
/** `statement,vote`: the same in a URL. */
export const evidenceListSchema = commaListSchema(evidenceKindSchema);

export const matrixFiltersSchema = z.object({
  region: z.enum(M49_REGIONS, { error: `must be one of: ${M49_REGIONS.join(", ")}.` }).optional(),
  subregion: z.string().min(1).max(100).optional(),
  q: z.string().max(100, { error: "must be at most 100 characters." }).optional(),
  only: z
    .enum(["positions"], { error: "must be positions (to keep only governments with a recorded position)." })
    .optional(),
  sort: matrixSortSchema.optional(),
  /** Only governments with a position a moderator marked contested (among the topics shown). */
  contested: z
    .enum(["true"], { error: "must be true (to keep only governments with a contested position)." })
    .optional(),
  /** Only the members of this bloc as of the date. */
  bloc: slugSchema.max(60).optional(),
});
export type MatrixFilters = z.infer<typeof matrixFiltersSchema>;

export const matrixQuerySchema = z
  .object({
    at: calendarDateSchema.optional(),
    topics: commaListSchema(slugSchema).optional(),
    evidence: evidenceListSchema.optional(),
  })
  .extend(matrixFiltersSchema.shape)
  .strict();
export type MatrixQuery = z.infer<typeof matrixQuerySchema>;
