import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { type Stance } from "@/db/enums";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { campsAsOf } from "./camps";

describe.each(TEST_DRIVERS)("camps and swing states from the reference dataset, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  it("places Russia and China in the intergovernmental camp and the United States in the multistakeholder camp at the end of 2019", async () => {
    const camps = await campsAsOf(t.db, { at: "2019-12-28", from: "2018-12-01", to: "2021-01-01" });
    const campOf = (iso3: string) => camps.governments.find((g) => g.iso3 === iso3);
    expect(campOf("RUS")).toMatchObject({ camp: "intergovernmental" });
    expect(campOf("CHN")).toMatchObject({ camp: "intergovernmental" });
    expect(campOf("USA")).toMatchObject({ camp: "multistakeholder" });
    expect(campOf("USA")?.topics).toBeGreaterThanOrEqual(2);
    // Every placed government counts once, and each is on record on two topics or more.
    const { multistakeholder, swing, intergovernmental } = camps.counts;
    expect(multistakeholder + swing + intergovernmental).toBe(camps.governments.length);
    expect(camps.governments.every((g) => g.topics >= 2)).toBe(true);
    // Its path ends with the camp as of the date asked.
    expect(campOf("RUS")?.path.at(-1)).toBe("intergovernmental");
    expect(camps.years.at(-1)).toEqual({ year: "2019", date: "2019-12-28" });
  });

  it("names who changed camp between December 2018 and January 2021, with the positions and records that moved them", async () => {
    const { moved } = await campsAsOf(t.db, { at: "2021-01-01", from: "2018-12-01", to: "2021-01-01" });
    expect(moved.length).toBeGreaterThan(0);
    for (const move of moved) expect(move.from.camp).not.toBe(move.to.camp);
    expect(moved.some((m) => m.positions.some((p) => p.records.length > 0))).toBe(true);
  });

  it("narrows to a region or a bloc's members as of the date", async () => {
    const europe = await campsAsOf(t.db, { at: "2019-12-28", region: "Europe" });
    expect(europe.governments.length).toBeGreaterThan(0);
    expect(europe.governments.every((g) => g.region === "Europe")).toBe(true);
    const sco = await campsAsOf(t.db, { at: "2019-12-28", bloc: "sco" });
    expect(sco.governments.map((g) => g.iso3)).toEqual(expect.arrayContaining(["RUS", "CHN"]));
    expect(sco.governments.map((g) => g.iso3)).not.toContain("USA");
  });

  it("applies the rule to a fixture of its own, years before any record: who is placed, where, and who moved", async () => {
    const fixture: [string, string, string, Stance][] = [
      ["AFG", "governments-role", "1995-03-01", "multistakeholder"],
      ["AFG", "enhanced-cooperation", "1995-04-01", "leans_multistakeholder"],
      ["ALB", "governments-role", "1995-05-01", "intergovernmental"],
      ["ALB", "enhanced-cooperation", "1995-06-01", "mixed"],
      ["DZA", "governments-role", "1995-07-01", "multistakeholder"],
      ["AFG", "multistakeholder-model", "1997-01-01", "intergovernmental"],
      ["AFG", "cyber-norms-process", "1997-02-01", "intergovernmental"],
    ];
    for (const [government, topic, statedOn, stance] of fixture)
      await approvedPosition(t.db, { government, topic, statedOn, stance });
    const camps = await campsAsOf(t.db, { at: "1998-12-31", from: "1996-01-01", to: "1998-12-31" });
    // Afghanistan: (−2 −1 +2 +2) / 4 = 0.25, swing; Albania: (+2 + 0) / 2 = 1, intergovernmental; Algeria: one topic, not placed.
    expect(camps.governments.map((g) => [g.iso3, g.mean, g.topics, g.camp])).toEqual([
      ["AFG", 0.25, 4, "swing"],
      ["ALB", 1, 2, "intergovernmental"],
    ]);
    expect(camps.counts).toEqual({ multistakeholder: 0, swing: 1, intergovernmental: 1 });
    expect(camps.years.map((y) => y.year)).toEqual(["1995", "1996", "1997", "1998"]);
    expect(camps.governments[0]?.path).toEqual(["multistakeholder", "multistakeholder", "swing", "swing"]);
    expect(camps.moved.map((m) => [m.iso3, m.from.camp, m.to.camp, m.positions.map((p) => p.topic)])).toEqual([
      ["AFG", "multistakeholder", "swing", ["cyber-norms-process", "multistakeholder-model"]],
    ]);
  });
});
