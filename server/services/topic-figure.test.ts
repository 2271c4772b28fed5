import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { NotFoundError } from "@/server/shared/errors";
import { topicFigure } from "./topic-figure";

describe.each(TEST_DRIVERS)("a topic's map and chart as of a date, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  it("gives each government's stance on the date, and the counts at each year-end and event up to it", async () => {
    const figure = await topicFigure(t.db, "un-cybercrime-treaty", "2019-12-28", "2026-12-02");
    expect(figure.asOf).toBe("28 Dec 2019");
    const stances = new Map(figure.stances);
    expect(stances.get("RUS")).toBe("intergovernmental");
    expect(figure.stances.length).toBe(Object.values(figure.counts).reduce((a, b) => a + b, 0));
    // The votes of 17 Dec 2018 and 27 Dec 2019 are its events, with the year between; the last column is the date itself, not "Today".
    expect(figure.columns.map((c) => [c.label, c.event])).toEqual([
      ["UNGA-73-187-2018", "unga-73-187-2018"],
      ["2018", undefined],
      ["UNGA-74-247-2019", "unga-74-247-2019"],
      ["2019-12-28", undefined],
    ]);
    const vote = figure.columns[2];
    expect(Object.values(vote?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(figure.stances.length);
  });

  it("shows nothing before anyone had a position, and calls the last column Today on today", async () => {
    const before = await topicFigure(t.db, "un-cybercrime-treaty", "2018-12-16", "2026-12-02");
    expect(before.stances).toEqual([]);
    expect(before.columns.map((c) => c.label)).toEqual(["2018-12-16"]);
    const today = await topicFigure(t.db, "un-cybercrime-treaty", "2026-12-02", "2026-12-02");
    expect(today.columns.at(-1)?.label).toBe("Today");
  });

  it("answers an unknown topic as not found", async () => {
    await expect(topicFigure(t.db, "no-such-topic", "2019-12-28", "2019-12-28")).rejects.toThrow(NotFoundError);
  });
});
