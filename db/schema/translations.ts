import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, jsonb, text } from "drizzle-orm/pg-core";

// Stored text in the site's other five languages. A topic, an event or a bloc is written in English
// (its columns); `translations` holds, per language, the fields translated so far — a field missing
// there is shown in English, marked as such. Admins edit them (server/services/translations.ts).

/** The site's languages but English (server/i18n/locales.ts; named here, db/ being the bottom layer). */
export type TranslatedLocale = "ar" | "zh" | "fr" | "ru" | "es";
export type Translations<Field extends string> = Partial<Record<TranslatedLocale, Partial<Record<Field, string>>>>;

export const translationsColumn = <Field extends string>() =>
  jsonb("translations").$type<Translations<Field>>().notNull().default({});

/** The language a contributor wrote in: one of the site's six. */
export const languageColumn = () => text("language").notNull().default("en");

export const languageKnown = (name: string, column: AnyPgColumn) =>
  check(name, sql`${column} IN ('en', 'ar', 'zh', 'fr', 'ru', 'es')`);
