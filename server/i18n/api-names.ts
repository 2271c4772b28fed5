import "server-only";
import { withNameIn } from "./government-names";
import { type Locale } from "./locales";

// The read API's `lang=`: names in the asked language, nothing else. A government appears in an answer as an object with
// its code and name (`{iso3, name}`: a row, a member, a position's government) or, in an agreement list, as the
// counterpart `b` of a pair with its `name`. Codes, slugs, stance values and filter values never change.

const GOVERNMENT_CODE = /^[A-Z]{3}$/;

function governmentCode(value: Record<string, unknown>): string | null {
  if (typeof value.name !== "string") return null;
  if (typeof value.iso3 === "string" && GOVERNMENT_CODE.test(value.iso3)) return value.iso3;
  if ("sameSide" in value && typeof value.b === "string" && GOVERNMENT_CODE.test(value.b)) return value.b;
  return null;
}

/** The answer with every government's name in this language (English: the answer itself). */
export function namesIn<T>(locale: Locale, answer: T): T {
  if (locale === "en") return answer;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const object = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    const code = governmentCode(object);
    return code ? { ...object, name: withNameIn(locale, { iso3: code, name: String(object.name) }).name } : object;
  };
  return walk(answer) as T;
}
