import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { siteStory } from "./story";

// The first sentence on a small record where the naive count of "changed stance" (any two
// positions on a topic whose stances differ) and the honest one (two records of the same kind)
// disagree: a vote followed by an endorsement, or by an upper-bound date, is not a change.

describe.each(TEST_DRIVERS)("the first sentence on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    const topic = "cyber-norms-process";
    // Brazil: a vote, then a later vote the other way: a change.
    await approvedPosition(t.db, {
      government: "BRA",
      topic,
      stance: "leans_multistakeholder",
      statedOn: "2018-12-22",
      evidence: "vote",
    });
    await approvedPosition(t.db, {
      government: "BRA",
      topic,
      stance: "mixed",
      statedOn: "2019-12-12",
      evidence: "vote",
    });
    // Albania: a vote, then an endorsement the other way: two kinds of record, not a change.
    await approvedPosition(t.db, {
      government: "ALB",
      topic,
      stance: "mixed",
      statedOn: "2018-12-22",
      evidence: "vote",
    });
    await approvedPosition(t.db, {
      government: "ALB",
      topic,
      stance: "leans_multistakeholder",
      statedOn: "2019-03-01",
      evidence: "endorsement",
    });
    // Chile: an endorsement known only to be on or before a day, then one dated: no change on that day.
    await approvedPosition(t.db, {
      government: "CHL",
      topic: "multistakeholder-model",
      stance: "leans_multistakeholder",
      statedOn: "2019-09-16",
      evidence: "endorsement",
      datePrecision: "on_or_before",
    });
    await approvedPosition(t.db, {
      government: "CHL",
      topic: "multistakeholder-model",
      stance: "multistakeholder",
      statedOn: "2020-05-01",
      evidence: "endorsement",
    });
    // Kenya: a statement, then a later statement the other way, after the date asked about below.
    await approvedPosition(t.db, { government: "KEN", topic, stance: "intergovernmental", statedOn: "2018-01-10" });
    await approvedPosition(t.db, { government: "KEN", topic, stance: "multistakeholder", statedOn: "2021-01-10" });
    // Enough on the topic to lead the first screen (ten positions or more): five single votes.
    for (const government of ["DEU", "FRA", "ITA", "ESP", "PRT"])
      await approvedPosition(t.db, { government, topic, stance: "mixed", statedOn: "2018-12-22", evidence: "vote" });
  });
  afterAll(() => t.destroy());

  it("says what the record is made of, kind by kind", async () => {
    const story = await siteStory(t.db, "2026-01-01");
    expect(story).toMatchObject({ positions: 13, governments: 9, firstYear: "2018", lastYear: "2021" });
    expect(story.byEvidence).toEqual({ vote: 8, endorsement: 3, submission: 0, statement: 2 });
  });

  it("counts a change only between two records of the same kind (a naive count would say all four moved)", async () => {
    expect((await siteStory(t.db, "2026-01-01")).changed).toBe(2); // Brazil and Kenya
    expect((await siteStory(t.db, "2020-01-01")).changed).toBe(1); // Kenya's second statement is later
  });

  it("divides the lead topic as of the date by the kind of record each government's cell rests on", async () => {
    const { lead } = await siteStory(t.db, "2020-01-01");
    expect(lead).toMatchObject({ slug: "cyber-norms-process", onRecord: 8 });
    expect(lead?.intergovernmental).toEqual({
      governments: 1,
      byEvidence: { statement: 1, vote: 0, submission: 0, endorsement: 0 },
    });
    expect(lead?.multistakeholder).toEqual({
      governments: 1,
      byEvidence: { statement: 0, vote: 0, submission: 0, endorsement: 1 },
    });
    expect(lead?.mixed).toEqual({
      governments: 6,
      byEvidence: { statement: 0, vote: 6, submission: 0, endorsement: 0 },
    });
  });
});
