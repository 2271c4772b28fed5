import { describe, expect, it } from "vitest";
import { cohesionOf, countStances } from "./bloc-cohesion";

describe("a bloc's cohesion", () => {
  it("is the share of members with a position on the majority side (worked by hand)", () => {
    // 3 multistakeholder-leaning, 1 mixed, 1 intergovernmental, 2 without a position → 3/5 on the multistakeholder side.
    const counts = countStances([
      "multistakeholder",
      "leans_multistakeholder",
      "leans_multistakeholder",
      "mixed",
      "intergovernmental",
      null,
      null,
    ]);
    expect(cohesionOf(counts)).toEqual({ side: "multistakeholder", share: 0.6 });
  });
  it("says when two sides tie, and gives nothing when no member has a position", () => {
    expect(cohesionOf(countStances(["multistakeholder", "intergovernmental"]))).toEqual({ side: "tied", share: 0.5 });
    expect(cohesionOf(countStances([null, null]))).toBeNull();
  });
});
