import "server-only";
import { type Translations } from "@/db/schema/translations";
import { withNameIn } from "./government-names";
import { type Locale } from "./locales";
import { textsIn, withSummaryIn } from "./stored-texts";

// An answer (of the read API, or a page's data) in one of the six languages. Codes, slugs, stance values and
// filter values never change; what changes:
// - a government's name: an object with its code and name (`{iso3, name}`: a row, a member, a position's
//   government) or, in an agreement list, the counterpart `b` of a pair with its `name`;
// - a topic's, an event's or a bloc's texts: an object carrying `translations` (its stored row) gets each field
//   in the language where it has one, and `lang`, the language its texts are now in ("en": not yet translated);
//   `translations` itself is never sent;
// - a summary written in another language (`summary` beside `language`) gets `translation`, the summary in this
//   language where Stance Atlas has written one (the reference dataset's coded summaries), keeping the original.

const GOVERNMENT_CODE = /^[A-Z]{3}$/;

function governmentCode(value: Record<string, unknown>): string | null {
  if (typeof value.name !== "string") return null;
  if (typeof value.iso3 === "string" && GOVERNMENT_CODE.test(value.iso3)) return value.iso3;
  if ("sameSide" in value && typeof value.b === "string" && GOVERNMENT_CODE.test(value.b)) return value.b;
  return null;
}

type Fields = Record<string, unknown>;

function localizeObject(locale: Locale, value: Fields): Fields {
  let object =
    value.translations && typeof value.translations === "object"
      ? textsIn(locale, value as Fields & { translations: Translations<string> })
      : value;
  const code = locale === "en" ? null : governmentCode(object);
  if (code) object = { ...object, name: withNameIn(locale, { iso3: code, name: String(object.name) }).name };
  if (typeof object.summary === "string" && typeof object.language === "string")
    object = withSummaryIn(locale, { ...object, summary: object.summary, language: object.language });
  return object;
}

/** The answer in this language (English: governments' names and stored texts as they are). */
export function localize<T>(locale: Locale, answer: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object" || value instanceof Date) return value;
    const object = Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === "translations" ? inner : walk(inner)]),
    );
    return localizeObject(locale, object);
  };
  return walk(answer) as T;
}
