import { describe, expect, it } from "vitest";
import { type Stance } from "@/db/enums";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { campYears, whoMoved } from "./camp-paths";
import { campOf, placementsAsOf } from "./camp-rule";

let id = 0;
const entry = (
  iso3: string,
  topic: string,
  statedOn: string,
  stance: Stance,
  endedOn: string | null = null,
): TimelineEntry => ({
  positionId: ++id,
  iso3,
  topic,
  statedOn,
  datePrecision: "day",
  stance,
  evidence: "vote",
  event: null,
  contestedNote: null,
  endedOn,
});

// Oldest first, as the timeline query returns them.
const FIXTURE = [
  entry("AAA", "t1", "2012-01-01", "multistakeholder"),
  entry("BBB", "t1", "2012-06-01", "intergovernmental"),
  entry("AAA", "t2", "2013-01-01", "mixed"),
  entry("BBB", "t2", "2013-02-01", "leans_intergovernmental"),
  entry("CCC", "t1", "2013-03-01", "leans_multistakeholder"),
  entry("CCC", "t2", "2014-01-01", "leans_intergovernmental"),
  entry("AAA", "t3", "2015-05-01", "intergovernmental"),
  entry("CCC", "t3", "2015-06-01", "multistakeholder", "2016-01-01"),
];

describe("the camp rule", () => {
  it("puts a mean of −0.5 or less in the multistakeholder camp, +0.5 or more in the intergovernmental one, between: swing", () => {
    expect([-2, -0.5, -0.49, 0, 0.49, 0.5, 2].map(campOf)).toEqual([
      "multistakeholder",
      "multistakeholder",
      "swing",
      "swing",
      "swing",
      "intergovernmental",
      "intergovernmental",
    ]);
  });

  it("places only governments on record on two topics or more, at the mean of their scores, with the count", () => {
    const placed = placementsAsOf(FIXTURE, "2013-12-31");
    expect([...placed.keys()].sort()).toEqual(["AAA", "BBB"]);
    expect(placed.get("AAA")).toMatchObject({ mean: -1, topics: 2, camp: "multistakeholder", evidence: ["vote"] });
    expect(placed.get("BBB")).toMatchObject({ mean: 1.5, topics: 2, camp: "intergovernmental" });
  });

  it("drops a position that ended (a membership left) from the mean", () => {
    expect(placementsAsOf(FIXTURE, "2015-12-31").get("CCC")).toMatchObject({
      mean: -0.67,
      topics: 3,
      camp: "multistakeholder",
    });
    expect(placementsAsOf(FIXTURE, "2016-01-01").get("CCC")).toMatchObject({ mean: 0, topics: 2, camp: "swing" });
  });

  it("names who changed camp between two dates and the positions that moved them", () => {
    const moves = whoMoved(FIXTURE, "2013-12-31", "2015-12-31");
    expect(moves.map((m) => [m.iso3, m.from.camp, m.to.camp])).toEqual([["AAA", "multistakeholder", "swing"]]);
    expect(moves[0]?.positions.map((p) => p.topic)).toEqual(["t3"]);
    // CCC moved because its membership ended: no new position, the ended one named.
    const [ccc] = whoMoved(FIXTURE, "2015-12-31", "2016-06-01");
    expect(ccc).toMatchObject({ iso3: "CCC", positions: [], ended: [{ topic: "t3", endedOn: "2016-01-01" }] });
  });

  it("names as a cause only what still counts at the end: a position replaced in between is not one", () => {
    const replaced = [
      ...FIXTURE,
      entry("AAA", "t3", "2015-06-01", "multistakeholder"),
      entry("AAA", "t1", "2015-07-01", "intergovernmental"),
    ].sort((a, b) => a.statedOn.localeCompare(b.statedOn));
    const [aaa] = whoMoved(replaced, "2013-12-31", "2015-12-31");
    expect(aaa?.to.camp).toBe("swing");
    expect(aaa?.positions.map((p) => `${p.topic} ${p.statedOn}`)).toEqual(["t1 2015-07-01", "t3 2015-06-01"]);
  });

  it("dates each year at its end, the last at the date asked", () => {
    expect(campYears(FIXTURE, "2014-06-30")).toEqual([
      { year: "2012", date: "2012-12-31" },
      { year: "2013", date: "2013-12-31" },
      { year: "2014", date: "2014-06-30" },
    ]);
  });
});
