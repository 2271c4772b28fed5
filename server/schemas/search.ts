import { z } from "zod";
import { iso3Schema, slugSchema } from "./common";
import { evidenceListSchema } from "./matrix";

// `/search?q=` and `GET /api/v1/search?q=`: words in web-search syntax ("quoted phrase", or, -not), and the
// matrix's filters.

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_MAX = 200;

export const searchQuerySchema = z
  .object({
    q: z
      .string({ error: "Say what to search for." })
      .trim()
      .min(1, { error: "Say what to search for." })
      .max(SEARCH_QUERY_MAX, { error: `Keep the search to ${SEARCH_QUERY_MAX} characters or fewer.` }),
    government: iso3Schema.optional(),
    topic: slugSchema.optional(),
    evidence: evidenceListSchema.optional(),
    limit: z.coerce
      .number({ error: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}.` })
      .int({ error: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}.` })
      .min(1, { error: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}.` })
      .max(SEARCH_LIMIT_MAX, { error: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}.` })
      .default(50),
  })
  .strict();
/** A search as a URL or a caller writes it (the evidence a comma list). */
export type SearchInput = z.input<typeof searchQuerySchema>;

/** A search as the service takes it: the query's parsed form, `limit` defaulting to 50. */
export type SearchFilters = Omit<z.output<typeof searchQuerySchema>, "limit"> & { limit?: number };
