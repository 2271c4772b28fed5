import { describe, expect, it } from "vitest";
import { stripSegments } from "./strip-segments";

describe("a stance strip's parts", () => {
  const span = { from: "2010-01-01", to: "2020-01-01" };
  it("is no position before the first, then each stance until the next, the last to the end", () => {
    const parts = stripSegments([{ statedOn: "2015-01-01", stance: "intergovernmental" }, { statedOn: "2017-07-02", stance: "mixed" }], span);
    expect(parts.map((p) => p.stance)).toEqual([null, "intergovernmental", "mixed"]);
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
    expect(parts[0]?.share).toBeCloseTo(0.5, 2);
  });
  it("is all no position without positions, and has no empty part for a position on the first day", () => {
    expect(stripSegments([], span)).toEqual([{ stance: null, share: 1 }]);
    expect(stripSegments([{ statedOn: "2010-01-01", stance: "multistakeholder" }], span)).toEqual([{ stance: "multistakeholder", share: 1 }]);
  });
});
