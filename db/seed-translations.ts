import { sql } from "drizzle-orm";
import { type Transaction } from "./client";
import { blocs, events, topics } from "./schema";
import { DATASET_TRANSLATIONS, type DatasetTranslation } from "./dataset/translations";
import { type TranslatedLocale, type Translations } from "./schema/translations";

// The seeded topics', events' and blocs' texts in the other five languages. A language an admin has
// already saved for a row is kept as it is (`shipped || stored`: the stored one wins, language by language).

type Table = typeof topics | typeof events | typeof blocs;
type Section = "topics" | "events" | "blocs";

/** Per slug, every language's translation of one section of the shipped files. */
function shipped(section: Section): Map<string, Translations<string>> {
  const bySlug = new Map<string, Translations<string>>();
  for (const [locale, translation] of Object.entries(DATASET_TRANSLATIONS) as [TranslatedLocale, DatasetTranslation][])
    for (const [slug, fields] of Object.entries(translation[section]))
      bySlug.set(slug, { ...bySlug.get(slug), [locale]: fields });
  return bySlug;
}

export async function seedTranslations(tx: Transaction): Promise<void> {
  const tables: [Section, Table][] = [
    ["topics", topics],
    ["events", events],
    ["blocs", blocs],
  ];
  for (const [section, table] of tables)
    for (const [slug, translations] of shipped(section))
      await tx
        .update(table)
        .set({ translations: sql`${JSON.stringify(translations)}::jsonb || ${table.translations}` })
        .where(
          sql`${table.slug} = ${slug} and not (${JSON.stringify(translations)}::jsonb || ${table.translations}) = ${table.translations}`,
        );
}
