import { describe, expect, it } from "vitest";
import { stripSegments } from "./strip-segments";

describe("a stance strip's parts", () => {
  const span = { from: "2010-01-01", to: "2020-01-01" };
  it("is no position before the first, then each stance until the next, the last to the end", () => {
    const parts = stripSegments(
      [
        { statedOn: "2015-01-01", stance: "intergovernmental" },
        { statedOn: "2017-07-02", stance: "mixed" },
      ],
      span,
    );
    expect(parts.map((p) => p.stance)).toEqual([null, "intergovernmental", "mixed"]);
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
    expect(parts[0]?.share).toBeCloseTo(0.5, 2);
  });
  it("is all no position without positions, and has no empty part for a position on the first day", () => {
    expect(stripSegments([], span)).toEqual([{ stance: null, share: 1 }]);
    expect(stripSegments([{ statedOn: "2010-01-01", stance: "multistakeholder" }], span)).toEqual([
      { stance: "multistakeholder", share: 1 },
    ]);
  });
  it("gives way at an end to the position before it, or to no position", () => {
    const parts = stripSegments(
      [
        { statedOn: "2011-01-01", stance: "mixed", endedOn: null },
        { statedOn: "2012-01-01", stance: "leans_multistakeholder", endedOn: "2018-01-01" },
      ],
      span,
    );
    expect(parts.map((p) => p.stance)).toEqual([null, "mixed", "leans_multistakeholder", "mixed"]);
    const alone = stripSegments(
      [{ statedOn: "2012-01-01", stance: "leans_multistakeholder", endedOn: "2018-01-01" }],
      span,
    );
    expect(alone.map((p) => p.stance)).toEqual([null, "leans_multistakeholder", null]);
    expect(alone[2]?.share).toBeCloseTo(0.2, 2);
  });
});
