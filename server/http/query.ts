import "server-only";
import { type z } from "zod";
import { CONTROL_CHARACTERS_REFUSED, hasControlCharacters } from "@/server/shared/control-characters";
import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES } from "@/server/i18n/locales";
import { jsonError } from "./responses";

// Reads a URL's query string through a zod schema. Every problem (a repeated or unknown
// parameter, a bad value) becomes one 400 response whose message says what is wrong. Every read
// takes `lang` besides its own parameters: the language of the names in the answer (api-language.ts).

export type QueryResult<T> = { ok: true; data: T; locale: Locale } | { ok: false; response: Response };

export const LANG_REFUSED = `lang: must be one of: ${LOCALES.join(", ")}.`;

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return `Unknown query parameter${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`;
  }
  // A query parameter is named as the reader wrote it (`evidence`, not `evidence.0` for an item of its list).
  return issue.path.length ? `${String(issue.path[0])}: ${issue.message}` : issue.message;
}

export function parseQuery<S extends z.ZodType>(schema: S, url: string | URL): QueryResult<z.infer<S>> {
  const params = new URL(url).searchParams;
  // A Map, not an object: `constructor`, `toString` or `__proto__` are parameter names like any other.
  const given = new Map<string, string>();
  for (const [key, value] of params) {
    if (key === "_rsc") continue; // Next's own cache-busting parameter (a link's prefetch), not the reader's
    if (given.has(key))
      return { ok: false, response: jsonError(400, `Query parameter ${key} is given more than once.`) };
    given.set(key, value);
  }
  const lang = given.get("lang") ?? DEFAULT_LOCALE;
  given.delete("lang");
  if (!isLocale(lang)) return { ok: false, response: jsonError(400, LANG_REFUSED) };
  const record = Object.fromEntries(given); // own properties only, whatever their names
  if (hasControlCharacters(record)) return { ok: false, response: jsonError(400, CONTROL_CHARACTERS_REFUSED) };
  const parsed = schema.safeParse(record);
  if (!parsed.success) return { ok: false, response: jsonError(400, parsed.error.issues.map(describe).join(" ")) };
  return { ok: true, data: parsed.data, locale: lang };
}
