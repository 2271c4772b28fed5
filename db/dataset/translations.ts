import { type TranslatedLocale } from "@/db/schema/translations";
import ar from "./translations/ar.json";
import es from "./translations/es.json";
import fr from "./translations/fr.json";
import ru from "./translations/ru.json";
import zh from "./translations/zh.json";

// The project's own translations of the reference data into the five other UN languages (issue 27):
// the seeded topics, events and blocs (loaded into their `translations` once; admins own them after),
// and every coded summary of the reference dataset, keyed by the English sentence the coding table
// writes (db/dataset/record-sets/) — the same rule, the same record, written in each language.

export type DatasetTranslation = {
  topics: Record<
    string,
    { title: string; description: string; multistakeholderPole: string; intergovernmentalPole: string }
  >;
  events: Record<string, { name: string; place: string }>;
  blocs: Record<string, { name: string; description: string; coverageNote: string }>;
  codedSummaries: Record<string, string>;
};

export const DATASET_TRANSLATIONS: Record<TranslatedLocale, DatasetTranslation> = { ar, zh, fr, ru, es };

/** A coded summary of the reference dataset in another language (null: not a coded sentence, or not translated). */
export const codedSummaryIn = (locale: TranslatedLocale, english: string): string | null =>
  DATASET_TRANSLATIONS[locale].codedSummaries[english] ?? null;
