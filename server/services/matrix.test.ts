import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { queryRows } from "@/db/client";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { cellsAsOf } from "@/server/shared/timeline";
import { BadInputError } from "@/server/shared/errors";
import { asOfQuery, matrixAsOf, recordDates, timeline } from "./matrix";

describe.each(TEST_DRIVERS)("the matrix as of a date on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await approvedPosition(t.db, { government: "FRA", topic: "ixps", stance: "mixed", statedOn: "2014-04-23" });
    await approvedPosition(t.db, {
      government: "FRA",
      topic: "ixps",
      stance: "multistakeholder",
      statedOn: "2015-12-16",
    });
  });
  afterAll(() => t.destroy());

  const cell = async (at: string, iso3: string, topic: string) =>
    (await matrixAsOf(t.db, { at, topics: [topic] })).rows.find((r) => r.iso3 === iso3)?.cells[topic];

  it("shows a position on the date it was stated, and not the day before", async () => {
    expect(await cell("2013-05-16", "RUS", "governments-role")).toMatchObject({
      stance: "intergovernmental",
      score: 2,
      event: "wtpf-2013",
      evidence: "statement",
    });
    expect(await cell("2013-05-15", "RUS", "governments-role")).toMatchObject({
      statedOn: "2011-09-12",
      evidence: "submission",
    });
    expect(await cell("2011-09-11", "RUS", "governments-role")).toBeNull();
  });

  it("counts only the chosen kinds of evidence: the newest such position per cell", async () => {
    const cybercrime = async (iso3: string, evidence?: ("statement" | "vote" | "submission" | "endorsement")[]) =>
      (await matrixAsOf(t.db, { at: "2019-12-28", topics: ["un-cybercrime-treaty"], evidence })).rows.find(
        (r) => r.iso3 === iso3,
      )?.cells["un-cybercrime-treaty"] ?? null;
    expect(await cybercrime("RUS")).toMatchObject({ stance: "intergovernmental", evidence: "submission" });
    expect(await cybercrime("USA", ["vote"])).toMatchObject({ stance: "leans_multistakeholder", evidence: "vote" });
    expect(await cybercrime("RUS", ["vote"])).toMatchObject({
      stance: "leans_intergovernmental",
      statedOn: "2018-12-17",
    }); // a sponsor of 74/247: its vote there is a submission

    expect(await cybercrime("RUS", ["statement"])).toBeNull();
    // Russia's newest statement on the role of governments is WTPF-13's, though its newest position there is the 2015 SCO letter.
    const role = async (evidence?: ("statement" | "submission")[]) =>
      (await matrixAsOf(t.db, { at: "2016-01-01", topics: ["governments-role"], evidence })).rows.find(
        (r) => r.iso3 === "RUS",
      )?.cells["governments-role"];
    expect(await role()).toMatchObject({ statedOn: "2015-01-09", evidence: "submission" });
    expect(await role(["statement"])).toMatchObject({ statedOn: "2013-05-16", evidence: "statement" });
  });

  it("lets a position that ended give way to the one before it, from its end on (method v2, rule 5)", async () => {
    await approvedPosition(t.db, { government: "NZL", topic: "ixps", stance: "mixed", statedOn: "2014-01-10" });
    await approvedPosition(t.db, {
      government: "NZL",
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn: "2016-03-01",
      evidence: "endorsement",
      end: { on: "2020-06-30", note: "Left a coalition", source: "https://example.org/left" },
    });
    expect(await cell("2020-06-29", "NZL", "ixps")).toMatchObject({
      stance: "leans_multistakeholder",
      evidence: "endorsement",
    });
    expect(await cell("2020-06-30", "NZL", "ixps")).toMatchObject({ stance: "mixed", statedOn: "2014-01-10" });
    // The page moves through time with the same rule.
    const entries = await timeline(t.db, ["ixps"]);
    expect(cellsAsOf(entries, "2020-06-30").get("NZL|ixps")).toMatchObject({ stance: "mixed" });
    expect(cellsAsOf(entries, "2020-06-29").get("NZL|ixps")).toMatchObject({ stance: "leans_multistakeholder" });
  });

  it("counts a date that is only an upper bound from that date, and keeps its precision", async () => {
    await approvedPosition(t.db, {
      government: "ISL",
      topic: "ixps",
      stance: "multistakeholder",
      statedOn: "2019-09-16",
      datePrecision: "on_or_before",
      evidence: "endorsement",
    });
    expect(await cell("2019-09-15", "ISL", "ixps")).toBeNull();
    expect(await cell("2019-09-16", "ISL", "ixps")).toMatchObject({
      datePrecision: "on_or_before",
      statedOn: "2019-09-16",
    });
  });

  it("says how far the record reaches, as precisely as the newest source gives it", async () => {
    // Three of the Cybercrime Convention's signatures give only the year 2025: the record reaches "2025", not a made-up 31 Dec.
    expect(await recordDates(t.db, ["un-cybercrime-treaty"])).toEqual({
      years: ["2018", "2019", "2025"],
      newest: { date: "2025-12-31", precision: "year" },
    });
    expect((await recordDates(t.db, ["cwg-internet-openness"])).newest).toEqual({
      date: "2013-05-16",
      precision: "day",
    });
    expect(await recordDates(t.db, [])).toEqual({ years: [], newest: null });
  });

  it("shows the newest position as of the date: Brazil's change over WTPF-13", async () => {
    expect(await cell("2013-05-14", "BRA", "governments-role")).toMatchObject({
      stance: "leans_intergovernmental",
      statedOn: "2013-05-14",
    });
    expect(await cell("2013-05-16", "BRA", "governments-role")).toMatchObject({
      stance: "mixed",
      statedOn: "2013-05-16",
    });
    expect(await cell("2014-12-31", "FRA", "ixps")).toMatchObject({ stance: "mixed" });
    expect(await cell("2015-12-16", "FRA", "ixps")).toMatchObject({ stance: "multistakeholder" });
  });

  it("has one row per government and every requested topic in every row", async () => {
    const matrix = await matrixAsOf(t.db, { at: "2013-05-17", topics: ["cwg-internet-openness", "ixps"] });
    expect(matrix.rows).toHaveLength(195);
    expect(matrix.rows.every((r) => Object.keys(r.cells).sort().join() === "cwg-internet-openness,ixps")).toBe(true);
    expect(
      matrix.rows
        .filter((r) => r.cells["cwg-internet-openness"])
        .map((r) => r.iso3)
        .sort(),
    ).toEqual(["SWE", "USA"]);
  });

  it("defaults to all topics as of today", async () => {
    const matrix = await matrixAsOf(t.db, {});
    expect(matrix.at).toBe(new Date().toISOString().slice(0, 10));
    expect(matrix.topics).toHaveLength(10);
  });

  it("rejects an unknown topic, naming it", async () => {
    await expect(matrixAsOf(t.db, { topics: ["ixps", "space-law"] })).rejects.toThrow(
      new BadInputError("Unknown topic: space-law."),
    );
  });

  it("filters and sorts like the page does", async () => {
    const matrix = await matrixAsOf(t.db, {
      at: "2013-05-17",
      topics: ["governments-role"],
      only: "positions",
      sort: "score:governments-role",
    });
    // Brazil's Day-3 draft (mixed) sorts before the intergovernmental SCO submitters and Russia at WTPF-13.
    expect(matrix.rows.map((r) => r.iso3)).toEqual(["BRA", "CHN", "RUS", "TJK", "UZB"]);
    const europe = await matrixAsOf(t.db, { at: "2013-05-17", region: "Europe", q: "swe" });
    expect(europe.rows.map((r) => r.iso3)).toEqual(["SWE"]);
  });

  it("agrees with the timeline the page moves through time with", async () => {
    const topics = ["governments-role", "ixps", "cwg-internet-openness"];
    const entries = await timeline(t.db, topics);
    for (const at of ["2013-05-13", "2013-05-14", "2013-05-16", "2014-04-23", "2016-01-01"]) {
      const fromSql = (await matrixAsOf(t.db, { at, topics })).rows.flatMap((r) =>
        topics.flatMap((topic) => (r.cells[topic] ? [`${r.iso3}|${topic}:${r.cells[topic]?.positionId}`] : [])),
      );
      const fromTimeline = [...cellsAsOf(entries, at)].map(([key, c]) => `${key}:${c.positionId}`);
      expect(fromTimeline.sort(), at).toEqual(fromSql.sort());
    }
  });

  it("answers the as-of query with one index probe per government and topic, never a scan of all positions", async () => {
    const plan = JSON.stringify(
      await queryRows(t.db, sql`explain ${asOfQuery("2014-01-01", ["ixps", "governments-role"])}`),
    );
    expect(plan).toMatch(/Index Scan( Backward)? using positions_\w+ on positions/);
    expect(plan).not.toContain("Seq Scan on positions");
  });
});
