import { z } from "zod";
import { calendarDateSchema, commaListSchema, iso3Schema, slugSchema } from "./common";

// Blocs and the comparison: what the read API, tRPC and the pages accept.

export const blocQuerySchema = z.object({ at: calendarDateSchema.optional() }).strict();
export type BlocQuery = z.infer<typeof blocQuerySchema>;

export const blocSlugSchema = slugSchema.max(60);

export const MAX_COMPARED = 6;

export const compareQuerySchema = z
  .object({
    governments: commaListSchema(iso3Schema)
      .refine((list) => list.length >= 2 && list.length <= MAX_COMPARED, { error: `must name 2 to ${MAX_COMPARED} governments, like RUS,USA.` })
      .refine((list) => new Set(list).size === list.length, { error: "must name each government once." }),
    at: calendarDateSchema.optional(),
  })
  .strict();
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** The comparison as CSV: its stances (a topic per row, a government per column) or its pairs' agreement. */
export const compareCsvQuerySchema = compareQuerySchema
  .extend({ table: z.enum(["stances", "agreement"], { error: "must be stances or agreement." }).optional() })
  .strict();
