import { describe, expect, it } from "vitest";
import { DATASET_TRANSLATIONS } from "@/db/dataset/translations";
import { localize } from "./localize";

const CODED =
  "Voted yes on UN General Assembly resolution 74/247 (27 Dec 2019), which opened a process toward a UN cybercrime convention negotiated by governments.";

describe("an answer in a language", () => {
  const answer = {
    at: "2019-12-28",
    governments: [{ iso3: "RUS", name: "Russia" }],
    rows: [{ iso3: "USA", name: "United States", region: "Americas", cells: { "un-cybercrime-treaty": null } }],
    closest: [{ a: "RUS", b: "CHN", name: "China", sameSide: 1, distance: 0, sharedTopics: 3 }],
    bloc: { slug: "eu", name: "European Union" },
  };

  it("names every government in the language, keeping codes, slugs, regions and everything else", () => {
    expect(localize("fr", answer)).toEqual({
      ...answer,
      governments: [{ iso3: "RUS", name: "Russie" }],
      rows: [{ ...answer.rows[0], name: "États-Unis" }],
      closest: [{ ...answer.closest[0], name: "Chine" }],
    });
    expect(localize("zh", answer).governments).toEqual([{ iso3: "RUS", name: "俄罗斯" }]);
  });

  it("leaves English answers and what is not a government (a bloc without translations) as they are", () => {
    expect(localize("en", answer)).toEqual(answer);
    expect(localize("ar", answer).bloc).toEqual(answer.bloc);
  });

  it("gives a stored row its texts in the language, says which, and never sends the translations themselves", () => {
    const topic = {
      slug: "itu-mandate",
      title: "The ITU's mandate",
      description: "Whether the ITU's mandate should extend to the Internet.",
      translations: {
        fr: { title: "Le mandat de l'UIT", description: "Si le mandat de l'UIT doit s'étendre à Internet." },
      },
    };
    expect(localize("fr", { topics: [topic] })).toEqual({
      topics: [
        {
          slug: "itu-mandate",
          title: "Le mandat de l'UIT",
          description: "Si le mandat de l'UIT doit s'étendre à Internet.",
          lang: "fr",
        },
      ],
    });
    // Not translated into Arabic: the English, marked as such.
    expect(localize("ar", topic)).toEqual({
      slug: topic.slug,
      title: topic.title,
      description: topic.description,
      lang: "en",
    });
    expect(localize("en", topic)).not.toHaveProperty("translations");
  });

  it("adds the coded summary's translation, keeping the summary as written; a contributor's own text gets none", () => {
    const position = { id: 1, summary: CODED, language: "en" };
    expect(localize("ar", position)).toEqual({
      ...position,
      translation: { language: "ar", summary: DATASET_TRANSLATIONS.ar.codedSummaries[CODED] },
    });
    expect(DATASET_TRANSLATIONS.ar.codedSummaries[CODED]).toMatch(/74\/247/);
    expect(localize("en", position)).toEqual(position);
    const contributed = { id: 2, summary: "Said the ITU should keep to telecommunications.", language: "en" };
    expect(localize("ar", contributed)).toEqual(contributed);
    const french = { id: 3, summary: CODED, language: "fr" };
    expect(localize("ar", french)).toEqual(french);
  });
});
