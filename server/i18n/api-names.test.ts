import { describe, expect, it } from "vitest";
import { namesIn } from "./api-names";

describe("the read API's names in a language", () => {
  const answer = {
    at: "2019-12-28",
    governments: [{ iso3: "RUS", name: "Russia" }],
    rows: [{ iso3: "USA", name: "United States", region: "Americas", cells: { "un-cybercrime-treaty": null } }],
    closest: [{ a: "RUS", b: "CHN", name: "China", sameSide: 1, distance: 0, sharedTopics: 3 }],
    topics: [{ slug: "ixps", name: "IXPs" }],
    bloc: { slug: "eu", name: "European Union" },
  };

  it("names every government in the language, keeping codes, slugs, regions and everything else", () => {
    expect(namesIn("fr", answer)).toEqual({
      ...answer,
      governments: [{ iso3: "RUS", name: "Russie" }],
      rows: [{ ...answer.rows[0], name: "États-Unis" }],
      closest: [{ ...answer.closest[0], name: "Chine" }],
    });
    expect(namesIn("zh", answer).governments).toEqual([{ iso3: "RUS", name: "俄罗斯" }]);
  });

  it("leaves English answers as they are, and what is not a government (a bloc, a topic) in every language", () => {
    expect(namesIn("en", answer)).toBe(answer);
    expect(namesIn("ar", answer).bloc).toEqual(answer.bloc);
    expect(namesIn("ar", answer).topics).toEqual(answer.topics);
  });
});
