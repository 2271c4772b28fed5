import { describe, expect, it } from "vitest";
import { changedBetween } from "./cell-change";

const day = (positionId: number) => ({ positionId, datePrecision: "day" as const });
const byDay = (positionId: number) => ({ positionId, datePrecision: "on_or_before" as const });

describe("a cell marked as changed between two dates", () => {
  it("is one held by another position, or by none after an end", () => {
    expect(changedBetween(day(1), day(2))).toBe(true);
    expect(changedBetween(undefined, day(2))).toBe(true);
    expect(changedBetween(day(1), undefined)).toBe(true);
    expect(changedBetween(day(1), day(1))).toBe(false);
  });
  it("is never one a position dated only on or before a day came into (it entered the record; nothing changed that day)", () => {
    expect(changedBetween(undefined, byDay(2))).toBe(false);
    expect(changedBetween(day(1), byDay(2))).toBe(false);
    expect(changedBetween(byDay(2), day(3))).toBe(true);
  });
});
