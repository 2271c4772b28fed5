import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocs, governments, positions, revisions, topics, events } from "@/db/schema";
import { FOC_COVERAGE_NOTE_V1 } from "@/db/dataset/bloc-seeds";
import { seedReference } from "@/db/seed";
import { seedDatabase } from "./seed";
import { TOPIC_POLES_V1 } from "@/db/seed-data/topics";
import { WTPF_2013_SOURCE } from "@/db/dataset/files";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";

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
    expect(
      rows
        .filter((g) => g.unStatus === "observer")
        .map((g) => g.iso3)
        .sort(),
    ).toEqual(["PSE", "VAT"]);
    for (const iso3 of ["RUS", "BRA", "IRN", "USA", "SWE", "VAT", "PSE"]) {
      expect(rows.find((g) => g.iso3 === iso3)?.region, iso3).toBeTruthy();
    }
    expect(rows.filter((g) => !g.region || !g.subregion)).toEqual([]);
    expect(rows.find((g) => g.iso3 === "BRA")).toMatchObject({
      region: "Americas",
      subregion: "Latin America and the Caribbean",
    });
  });

  it("has the eight topics of the domain and the two the dataset adds, and the events the records name", async () => {
    const topicRows = await t.db.select({ slug: topics.slug }).from(topics);
    expect(topicRows.map((r) => r.slug).sort()).toEqual([
      "cwg-internet-openness",
      "cyber-norms-process",
      "enhanced-cooperation",
      "governments-role",
      "igf-role",
      "ipv6-transition",
      "itu-mandate",
      "ixps",
      "multistakeholder-model",
      "un-cybercrime-treaty",
    ]);
    const [wtpf] = await t.db.select().from(events).where(eq(events.slug, "wtpf-2013"));
    expect(wtpf).toMatchObject({ place: "Geneva", startDate: "2013-05-14", endDate: "2013-05-16" });
    const [foc] = await t.db.select().from(events).where(eq(events.slug, "foc-hague-2011"));
    expect(foc).toMatchObject({ place: "The Hague", startDate: "2011-12-08", endDate: "2011-12-09" });
    expect(await t.db.select({ n: count() }).from(events)).toEqual([{ n: 17 }]);
  });

  it("moves texts method v1 seeded to v2's wording, and leaves an admin's edit as it is", async () => {
    const v1 = TOPIC_POLES_V1["cyber-norms-process"];
    await t.db.update(topics).set(v1).where(eq(topics.slug, "cyber-norms-process"));
    const adminsOwn = {
      multistakeholderPole: "An admin's own wording of this pole.",
      intergovernmentalPole: "An admin's own wording of the other.",
    };
    await t.db.update(topics).set(adminsOwn).where(eq(topics.slug, "un-cybercrime-treaty"));
    await t.db.update(blocs).set({ coverageNote: FOC_COVERAGE_NOTE_V1 }).where(eq(blocs.slug, "foc"));
    await seedReference(t.db);
    const poles = async (slug: string) =>
      (
        await t.db
          .select({
            multistakeholderPole: topics.multistakeholderPole,
            intergovernmentalPole: topics.intergovernmentalPole,
          })
          .from(topics)
          .where(eq(topics.slug, slug))
      )[0];
    expect(await poles("cyber-norms-process")).toMatchObject({
      multistakeholderPole: expect.stringMatching(/^Voluntary norms built by governments together with industry/),
    });
    expect(await poles("un-cybercrime-treaty")).toEqual(adminsOwn);
    const [foc] = await t.db.select({ note: blocs.coverageNote }).from(blocs).where(eq(blocs.slug, "foc"));
    expect(foc?.note).toMatch(/^Partial: 35 of 42/);
  });

  it("loads the WTPF-13 positions the seed article supports, as approved statements citing it", async () => {
    const rows = await t.db
      .select({
        gov: positions.governmentIso3,
        topic: positions.topicSlug,
        stance: positions.stance,
        statedOn: positions.statedOn,
        status: revisions.status,
        sources: revisions.sources,
        evidence: revisions.evidence,
      })
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
