import { describe, expect, it } from "vitest";
import { endedSinceShown } from "./ended-position";

const left = {
  on: "2026-02-10",
  note: "Withdrew from the Freedom Online Coalition",
  source: "https://example.org/letter",
};
const foc = { id: 2, statedOn: "2011-12-09", end: left };
const statement = { id: 1, statedOn: "2005-11-18", end: null };

describe("the ended position a cell's detail tells of", () => {
  it("is the newer position that ended by the date, above an older one still shown", () => {
    expect(endedSinceShown([foc, statement], "2026-03-01", 1)).toBe(foc);
  });
  it("is told instead of nothing when no position is shown", () => {
    expect(endedSinceShown([foc], "2026-02-10", undefined)).toBe(foc);
  });
  it("is none before the end, and none when the position shown is newer than the one that ended", () => {
    expect(endedSinceShown([foc, statement], "2026-02-09", 2)).toBeNull();
    const later = { id: 3, statedOn: "2026-05-01", end: null };
    expect(endedSinceShown([later, foc, statement], "2026-06-01", 3)).toBeNull();
  });
  it("is none for a position stated after the date", () => {
    expect(endedSinceShown([{ ...foc, statedOn: "2026-01-01" }], "2025-12-31", undefined)).toBeNull();
  });
});
