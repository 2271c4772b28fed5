import { describe, expect, it } from "vitest";
import { agreementBetween, byAgreement, pairwiseAgreement, sideOf } from "./agreement";

describe("the agreement measure", () => {
  it("puts leaning stances on their pole's side and mixed on its own", () => {
    expect([
      sideOf("multistakeholder"),
      sideOf("leans_multistakeholder"),
      sideOf("mixed"),
      sideOf("leans_intergovernmental"),
      sideOf("intergovernmental"),
    ]).toEqual(["multistakeholder", "multistakeholder", "mixed", "intergovernmental", "intergovernmental"]);
  });

  it("counts only the topics where both have a position (worked by hand)", () => {
    // t1: ms vs leans-ms → same side, |−2 − −1| = 1; t2: ig vs ms → opposite, |2 − −2| = 4;
    // t3: mixed vs mixed → same, 0; t4: only A has a position → not counted.
    const a = { t1: "multistakeholder", t2: "intergovernmental", t3: "mixed", t4: "intergovernmental" } as const;
    const b = { t1: "leans_multistakeholder", t2: "multistakeholder", t3: "mixed", t4: null } as const;
    expect(agreementBetween("A", a, "B", b)).toEqual({
      a: "A",
      b: "B",
      sharedTopics: 3,
      sameSide: 0.667,
      distance: 0.417,
    }); // 2/3; 5/3/4
  });

  it("gives opposite poles everywhere no agreement and the full distance", () => {
    expect(
      agreementBetween("A", { t1: "multistakeholder", t2: "intergovernmental" }, "B", {
        t1: "intergovernmental",
        t2: "multistakeholder",
      }),
    ).toMatchObject({
      sharedTopics: 2,
      sameSide: 0,
      distance: 1,
    });
  });

  it("does not put leaning multistakeholder and mixed on the same side", () => {
    expect(agreementBetween("A", { t: "leans_multistakeholder" }, "B", { t: "mixed" })).toMatchObject({
      sameSide: 0,
      distance: 0.25,
    });
  });

  it("gives no score, not 0, when the two share no topic", () => {
    expect(agreementBetween("A", { t1: "multistakeholder" }, "B", { t2: "multistakeholder" })).toEqual({
      a: "A",
      b: "B",
      sharedTopics: 0,
      sameSide: null,
      distance: null,
    });
  });

  it("lists every pair once, in the order the governments were chosen", () => {
    const stances = new Map([
      ["RUS", { t: "intergovernmental" as const }],
      ["USA", { t: "multistakeholder" as const }],
      ["BRA", { t: "leans_multistakeholder" as const }],
    ]);
    expect(pairwiseAgreement(["RUS", "USA", "BRA"], stances).map((p) => `${p.a}-${p.b}:${p.sameSide}`)).toEqual([
      "RUS-USA:0",
      "RUS-BRA:0",
      "USA-BRA:1",
    ]);
  });

  it("ranks by the share on the same side, then the smaller distance, with no score last", () => {
    const pairs = [
      { a: "A", b: "none", sharedTopics: 0, sameSide: null, distance: null },
      { a: "A", b: "far", sharedTopics: 3, sameSide: 1, distance: 0.25 },
      { a: "A", b: "near", sharedTopics: 3, sameSide: 1, distance: 0 },
      { a: "A", b: "half", sharedTopics: 4, sameSide: 0.5, distance: 0.5 },
    ];
    expect(pairs.sort(byAgreement).map((p) => p.b)).toEqual(["near", "far", "half", "none"]);
  });
});
