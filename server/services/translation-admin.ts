import "server-only";
import { asc, eq, isNull, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, blocs, events, topics } from "@/db/schema";
import { type TranslatedLocale, type Translations } from "@/db/schema/translations";
import { type Actor } from "@/server/auth/access";
import { TRANSLATED_FIELDS, type TranslatedKind, translationInputSchema } from "@/server/schemas/translation-admin";
import { ConflictError, NotFoundError } from "@/server/shared/errors";

// Admins translate topics, events and blocs into the five other languages, field by field, one language at a
// time; each save is audited with the text before and after. The pages follow at once (the rows' change
// notifications drop every language's cached copy).

const TABLES = { topic: topics, event: events, bloc: blocs } as const;

export type TranslatableRow = {
  kind: TranslatedKind;
  slug: string;
  /** The English texts, by field. */
  english: Record<string, string>;
  /** The texts in the asked language, by field (empty: not translated). */
  translated: Record<string, string>;
};

/** Every active topic, event and bloc with its English texts and its texts in one language. */
export async function listTranslations(db: Database, locale: TranslatedLocale): Promise<TranslatableRow[]> {
  const [topicRows, eventRows, blocRows] = await Promise.all([
    db.select().from(topics).where(isNull(topics.retiredAt)).orderBy(asc(topics.sortOrder), asc(topics.title)),
    db.select().from(events).where(isNull(events.retiredAt)).orderBy(asc(events.startDate)),
    db.select().from(blocs).where(isNull(blocs.retiredAt)).orderBy(asc(blocs.name)),
  ]);
  const rowOf = (
    kind: TranslatedKind,
    row: Record<string, unknown> & { slug: string; translations: Translations<string> },
  ) => ({
    kind,
    slug: row.slug,
    english: Object.fromEntries(TRANSLATED_FIELDS[kind].map((field) => [field, String(row[field])])),
    translated: Object.fromEntries(
      TRANSLATED_FIELDS[kind].map((field) => [field, row.translations[locale]?.[field] ?? ""]),
    ),
  });
  return [
    ...topicRows.map((row) => rowOf("topic", row)),
    ...eventRows.map((row) => rowOf("event", row)),
    ...blocRows.map((row) => rowOf("bloc", row)),
  ];
}

/** Saves one row's texts in one language (all fields), or removes the language (all empty). */
export async function saveTranslation(db: Database, actor: Actor, input: unknown): Promise<{ saved: boolean }> {
  const { kind, slug, locale, fields } = translationInputSchema.parse(input);
  const table = TABLES[kind];
  const next = Object.fromEntries(TRANSLATED_FIELDS[kind].map((field) => [field, fields[field] ?? ""]));
  const removing = Object.values(next).every((text) => text === "");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ translations: table.translations })
      .from(table)
      .where(eq(table.slug, slug))
      .for("update");
    if (!row) throw new NotFoundError(`No ${kind} has the slug ${slug}.`);
    const before: Record<string, string | undefined> | null = row.translations[locale] ?? null;
    if (removing && !before) throw new ConflictError(`This ${kind} has no translation in that language to remove.`);
    if (!removing && before && TRANSLATED_FIELDS[kind].every((field) => before[field] === next[field]))
      throw new ConflictError("Nothing to save: this is exactly the translation already stored.");
    await tx
      .update(table)
      .set({
        translations: removing
          ? sql`${table.translations} - ${locale}::text`
          : sql`jsonb_set(${table.translations}, ${`{${locale}}`}::text[], ${JSON.stringify(next)}::jsonb)`,
      })
      .where(eq(table.slug, slug));
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: removing ? "translation.remove" : "translation.save",
      targetType: kind,
      targetId: slug,
      details: { locale, before, after: removing ? null : next },
    });
    return { saved: true };
  });
}
