import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/server/i18n/locales";
import { BLOC_SEEDS } from "@/db/dataset/bloc-seeds";
import { DATASET_TRANSLATIONS } from "@/db/dataset/translations";
import { eventSeeds } from "@/db/seed-data/events";
import { topicSeeds } from "@/db/seed-data/topics";

// The project's translations of the reference data: every coded summary the dataset ships, every seeded topic,
// event and bloc, in each of the five languages — nothing missing, nothing left over from an older coding.

const POSITIONS = path.join(process.cwd(), "db/dataset/positions");
const codedSummaries = new Set(
  readdirSync(POSITIONS).flatMap((file) =>
    (parse(readFileSync(path.join(POSITIONS, file)), { columns: true }) as { summary: string }[]).map((r) => r.summary),
  ),
);

describe.each(Object.entries(DATASET_TRANSLATIONS))("the reference data in %s", (locale, translation) => {
  it("has every coded summary of the dataset, and only those", () => {
    expect(Object.keys(translation.codedSummaries).sort()).toEqual([...codedSummaries].sort());
    for (const text of Object.values(translation.codedSummaries)) expect(text.trim()).not.toBe("");
  });

  it("keeps each summary's resolution and document numbers", () => {
    for (const [english, text] of Object.entries(translation.codedSummaries))
      for (const symbol of english.match(/\b\d{2}\/\d{2,3}\b|A\/[A-Z0-9./]+\d/g) ?? [])
        expect(text, `${locale}: ${english}`).toContain(symbol);
  });

  it("has every seeded topic, event and bloc, each field translated", () => {
    expect(Object.keys(translation.topics).sort()).toEqual(topicSeeds.map((t) => t.slug).sort());
    expect(Object.keys(translation.events).sort()).toEqual(eventSeeds.map((e) => e.slug).sort());
    expect(Object.keys(translation.blocs).sort()).toEqual(BLOC_SEEDS.map((b) => b.slug).sort());
    for (const section of [translation.topics, translation.events, translation.blocs])
      for (const fields of Object.values(section)) for (const text of Object.values(fields)) expect(text).not.toBe("");
  });
});

it("covers exactly the site's languages but English", () => {
  expect(Object.keys(DATASET_TRANSLATIONS).sort()).toEqual(LOCALES.filter((l) => l !== "en").sort());
});
