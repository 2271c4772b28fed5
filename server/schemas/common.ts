import { z } from "zod";
import { isCalendarDate } from "@/server/shared/dates";

// Building blocks shared by every schema: dates, slugs, ISO codes, comma-separated lists.

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { error: "must be a calendar date written YYYY-MM-DD, like 2013-05-16." });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a slug of lowercase letters, digits and hyphens." });

export const iso3Schema = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, { error: "must be an ISO 3166-1 alpha-3 code, like BRA." }));

/** `a,b,c` → ["a", "b", "c"], each checked by `item`; an empty list is an error. */
export const commaListSchema = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).min(1, { error: "must name at least one item." }));
