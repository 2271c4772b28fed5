import { describe, expect, it } from "vitest";
import { labelRows } from "./label-rows";

describe("labels along a time axis", () => {
  it("keeps labels that do not overlap on one row", () => {
    expect(
      labelRows([
        { x: 0, width: 50 },
        { x: 60, width: 50 },
        { x: 200, width: 50 },
      ]),
    ).toEqual([0, 0, 0]);
  });
  it("moves an overlapping label to the next row, and back up once there is room", () => {
    // 2011's three events sit within a few pixels of each other; 2018's is clear of them.
    expect(
      labelRows([
        { x: 10, width: 60 },
        { x: 14, width: 60 },
        { x: 20, width: 60 },
        { x: 300, width: 60 },
      ]),
    ).toEqual([0, 1, 2, 0]);
  });
  it("places labels by their position on the axis, whatever order they come in", () => {
    expect(
      labelRows([
        { x: 100, width: 60 },
        { x: 0, width: 120 },
      ]),
    ).toEqual([1, 0]);
  });
  it("needs a gap between labels on one row", () => {
    expect(
      labelRows([
        { x: 0, width: 50 },
        { x: 52, width: 50 },
      ]),
    ).toEqual([0, 1]);
  });
});
