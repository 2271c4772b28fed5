import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governments, positions, revisions, topics, events } from "./schema";
import { seedDatabase } from "./seed";
import { WTPF_2013_SOURCE } from "./dataset/files";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "./testing";

describe.each(TEST_DRIVERS)("seed data on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  const countOf = async (table: typeof governments | typeof positions | typeof revisions) =>
    (await t.db.select({ n: count() }).from(table))[0]?.n;

  it("has the 193 UN members and 2 observer states, each with a region and subregion", async () => {
    const rows = await t.db.select().from(governments);
    expect(rows).toHaveLength(195);
    expect(rows.filter((g) => g.unStatus === "member")).toHaveLength(193);
    expect(rows.filter((g) => g.unStatus === "observer").map((g) => g.iso3).sort()).toEqual(["PSE", "VAT"]);
    for (const iso3 of ["RUS", "BRA", "IRN", "USA", "SWE", "VAT", "PSE"]) {
      expect(rows.find((g) => g.iso3 === iso3)?.region, iso3).toBeTruthy();
    }
    expect(rows.filter((g) => !g.region || !g.subregion)).toEqual([]);
    expect(rows.find((g) => g.iso3 === "BRA")).toMatchObject({ region: "Americas", subregion: "Latin America and the Caribbean" });
  });

  it("has the eight topics of the domain and the two the dataset adds, and the events the records name", async () => {
    const topicRows = await t.db.select({ slug: topics.slug }).from(topics);
    expect(topicRows.map((r) => r.slug).sort()).toEqual(
      ["cwg-internet-openness", "cyber-norms-process", "enhanced-cooperation", "governments-role", "igf-role", "ipv6-transition", "itu-mandate", "ixps", "multistakeholder-model", "un-cybercrime-treaty"],
    );
    const [wtpf] = await t.db.select().from(events).where(eq(events.slug, "wtpf-2013"));
    expect(wtpf).toMatchObject({ place: "Geneva", startDate: "2013-05-14", endDate: "2013-05-16" });
    const [foc] = await t.db.select().from(events).where(eq(events.slug, "foc-hague-2011"));
    expect(foc).toMatchObject({ place: "The Hague", startDate: "2011-12-08", endDate: "2011-12-09" });
    expect(await t.db.select({ n: count() }).from(events)).toEqual([{ n: 11 }]);
  });

  it("loads the WTPF-13 positions the seed article supports, as approved statements citing it", async () => {
    const rows = await t.db
      .select({ gov: positions.governmentIso3, topic: positions.topicSlug, stance: positions.stance, statedOn: positions.statedOn, status: revisions.status, sources: revisions.sources, evidence: revisions.evidence })
      .from(positions)
      .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
      .where(eq(positions.eventSlug, "wtpf-2013"));
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.evidence === "statement")).toBe(true);
    expect(rows.every((r) => r.status === "approved" && r.sources.includes(WTPF_2013_SOURCE))).toBe(true);
    expect(rows.find((r) => r.gov === "RUS")).toMatchObject({ topic: "governments-role", stance: "intergovernmental" });
    const brazil = rows.filter((r) => r.gov === "BRA").sort((a, b) => a.statedOn.localeCompare(b.statedOn));
    expect(brazil.map((r) => r.stance)).toEqual(["leans_intergovernmental", "mixed"]);
  });

  it("changes nothing when run again", async () => {
    const before = [await countOf(governments), await countOf(positions), await countOf(revisions)];
    const report = await seedDatabase(t.db);
    expect(report.dataset.every((load) => load.status === "current")).toBe(true);
    expect([await countOf(governments), await countOf(positions), await countOf(revisions)]).toEqual(before);
  });

  it("keeps an admin's edit of a topic when run again", async () => {
    await t.db.update(topics).set({ title: "Edited title" }).where(eq(topics.slug, "ixps"));
    await seedDatabase(t.db);
    const [ixps] = await t.db.select({ title: topics.title }).from(topics).where(eq(topics.slug, "ixps"));
    expect(ixps?.title).toBe("Edited title");
  });
});
