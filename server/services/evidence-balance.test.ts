import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { evidenceBalance } from "./evidence-balance";

describe.each(TEST_DRIVERS)("what each stance rests on, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    await approvedPosition(t.db, {
      government: "BRA",
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn: "2013-05-16",
      evidence: "endorsement",
    });
    await approvedPosition(t.db, {
      government: "KEN",
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn: "2019-09-16",
      evidence: "endorsement",
    });
    await approvedPosition(t.db, {
      government: "IND",
      topic: "ixps",
      stance: "multistakeholder",
      statedOn: "2015-06-22",
      evidence: "statement",
    });
  });
  afterAll(() => t.destroy());

  it("counts published positions by stance and kind of evidence", async () => {
    const balance = await evidenceBalance(t.db);
    expect(balance).toHaveLength(2);
    expect(balance).toContainEqual({ stance: "leans_multistakeholder", evidence: "endorsement", positions: 2 });
    expect(balance).toContainEqual({ stance: "multistakeholder", evidence: "statement", positions: 1 });
  });
});
