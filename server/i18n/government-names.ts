import "server-only";
import countries from "world-countries";
import { type Locale } from "./locales";

// Governments' names in each language, from the maintained `world-countries` package (its `translations`, which
// carry the five other UN languages), never typed by hand — but for the one government whose UN name is not its
// territory's: the Holy See (the seed's own override, server-side in db/seed-data/governments.ts), named as the UN's
// terminology database (UNTERM) names it in each official language.

const TRANSLATION_OF: Record<Exclude<Locale, "en">, "ara" | "zho" | "fra" | "rus" | "spa"> = {
  ar: "ara",
  zh: "zho",
  fr: "fra",
  ru: "rus",
  es: "spa",
};

const HOLY_SEE: Record<Exclude<Locale, "en">, string> = {
  ar: "الكرسي الرسولي",
  zh: "教廷",
  fr: "Saint-Siège",
  ru: "Святейший Престол",
  es: "Santa Sede",
};

const translationsByIso3 = new Map(countries.map((country) => [country.cca3, country.translations]));

/** A government's name as a page in this language writes it (its English name where the package has none). */
function governmentName(locale: Exclude<Locale, "en">, iso3: string, englishName: string): string {
  if (iso3 === "VAT") return HOLY_SEE[locale];
  return translationsByIso3.get(iso3)?.[TRANSLATION_OF[locale]]?.common ?? englishName;
}

/** Governments with their names in this language, in that language's alphabetical order (all 195 have one). */
export function inLocale<G extends { iso3: string; name: string }>(locale: Locale, governments: readonly G[]): G[] {
  if (locale === "en") return [...governments];
  const collator = new Intl.Collator(locale);
  return governments
    .map((government) => ({ ...government, name: governmentName(locale, government.iso3, government.name) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** One government with its name in this language. */
export function withNameIn<G extends { iso3: string; name: string }>(locale: Locale, government: G): G {
  return locale === "en"
    ? government
    : { ...government, name: governmentName(locale, government.iso3, government.name) };
}
