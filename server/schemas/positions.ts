import { z } from "zod";
import { iso3Schema, MAX_ID, slugSchema } from "./common";
import { evidenceListSchema } from "./matrix";

export const positionsQuerySchema = z
  .object({
    government: iso3Schema.optional(),
    topic: slugSchema.optional(),
    event: slugSchema.optional(),
    evidence: evidenceListSchema.optional(),
  })
  .strict();
export type PositionsQuery = z.infer<typeof positionsQuerySchema>;

export const positionIdSchema = z.coerce
  .number({ error: "must be a position id (a positive whole number)." })
  .int({ error: "must be a position id (a positive whole number)." })
  .positive({ error: "must be a position id (a positive whole number)." })
  .max(MAX_ID, { error: "is not a known position id." });
