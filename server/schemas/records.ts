import { z } from "zod";
import { slugSchema } from "./common";

// What the records' pages and API take: a record's slug, the facts file's name without `.csv`.

export const recordSlugSchema = slugSchema.max(80);
export const recordInputSchema = z.object({ slug: recordSlugSchema });
