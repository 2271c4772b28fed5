import { describe, expect, it } from "vitest";
import { changesAnything, type ReleasedPosition, releaseChangelog } from "./release-changelog";

const position = (id: number, patch: Partial<ReleasedPosition> = {}): ReleasedPosition => ({
  id,
  government: "BRA",
  topic: "ixps",
  stance: "mixed",
  evidence: "statement",
  statedOn: "2013-05-16",
  datePrecision: "day",
  event: null,
  summary: "Brazil said so.",
  quote: null,
  sources: ["https://example.org/a"],
  ...patch,
});

describe("a release's changelog against the one before", () => {
  it("lists everything as added for the first release", () => {
    const log = releaseChangelog(null, [position(1), position(2)]);
    expect(log).toMatchObject({ previous: null, changed: [], withdrawn: [] });
    expect(log.added.map((c) => c.id)).toEqual([1, 2]);
  });
  it("names the changed fields, the added and the withdrawn positions", () => {
    const previous = { version: 3, positions: [position(1), position(2), position(3)] };
    const log = releaseChangelog(previous, [
      position(1),
      position(2, { stance: "intergovernmental", sources: ["https://example.org/a", "https://example.org/b"] }),
      position(4),
    ]);
    expect(log.previous).toBe(3);
    expect(log.changed).toEqual([
      { id: 2, government: "BRA", topic: "ixps", stance: "intergovernmental", fields: ["stance", "sources"] },
    ]);
    expect(log.added.map((c) => c.id)).toEqual([4]);
    expect(log.withdrawn).toEqual([{ id: 3, government: "BRA", topic: "ixps", stance: "mixed" }]);
    expect(changesAnything(log)).toBe(true);
  });
  it("records nothing when nothing changed", () => {
    const log = releaseChangelog({ version: 1, positions: [position(1)] }, [position(1)]);
    expect(changesAnything(log)).toBe(false);
  });
});
