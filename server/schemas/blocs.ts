import { z } from "zod";
import { MAX_COMPARED, MIN_COMPARED } from "@/server/shared/compare-limits";
import { calendarDateSchema, iso3Schema, slugSchema } from "./common";

// Blocs and the comparison: what the read API, tRPC and the pages accept.

export const blocQuerySchema = z.object({ at: calendarDateSchema.optional() }).strict();
export type BlocQuery = z.infer<typeof blocQuerySchema>;

export const blocSlugSchema = slugSchema.max(60);

export { MAX_COMPARED, MIN_COMPARED } from "@/server/shared/compare-limits";

/** 2–6 distinct governments by ISO3 code (tRPC's form). */
const comparedSchema = z
  .array(iso3Schema)
  .refine((list) => list.length >= MIN_COMPARED && list.length <= MAX_COMPARED, {
    error: `must name ${MIN_COMPARED} to ${MAX_COMPARED} governments, like RUS,USA.`,
  })
  .refine((list) => new Set(list).size === list.length, { error: "must name each government once." });

export const compareInputSchema = z.object({ governments: comparedSchema, at: calendarDateSchema.optional() }).strict();
export type CompareQuery = z.infer<typeof compareInputSchema>;

/** The same in a URL: `governments=RUS,USA&at=2019-12-28`. */
export const compareQuerySchema = z
  .object({
    governments: z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .pipe(comparedSchema),
    at: calendarDateSchema.optional(),
  })
  .strict();

/** The comparison as CSV: its stances (a topic per row, a government per column) or its pairs' agreement. */
export const compareCsvQuerySchema = compareQuerySchema
  .extend({ table: z.enum(["stances", "agreement"], { error: "must be stances or agreement." }).optional() })
  .strict();
