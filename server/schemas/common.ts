import { z } from "zod";
import { CONTROL_CHARACTERS_REFUSED, hasControlCharacters } from "@/server/shared/control-characters";
import { EARLIEST_DATE, isCalendarDate } from "@/server/shared/dates";

// Building blocks shared by every schema: dates, slugs, ISO codes, comma-separated lists.

/** The longest web address anyone may send (a source, a reply's link): browsers and servers commonly stop near here. */
export const URL_MAX = 2048;
export const URL_TOO_LONG = "Keep each web address to 2,048 characters or fewer.";

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { error: "must be a calendar date written YYYY-MM-DD, like 2013-05-16." })
  .refine((date) => date >= EARLIEST_DATE, {
    error: `must be on or after ${EARLIEST_DATE}: the record starts in 1990.`,
  });

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
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1, { error: "must name at least one item." }));

/** A filter's free text (a search, a name), trimmed: at most `max` characters and no control characters. */
export const filterTextSchema = (max: number, tooLong = `must be at most ${max} characters.`) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .refine((text) => !hasControlCharacters(text), { error: CONTROL_CHARACTERS_REFUSED });

/** The largest id a `serial` column holds (PostgreSQL's int4): anything beyond is no row, refused before a query. */
export const MAX_ID = 2_147_483_647;

/** A row's id as a caller sends it (tRPC, forms): a positive whole number the database can hold. */
export const idSchema = z.number().int().positive().max(MAX_ID);
