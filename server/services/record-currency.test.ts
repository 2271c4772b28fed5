import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { todayUtc } from "@/server/shared/dates";
import { recordCurrency } from "./record-currency";

describe.each(TEST_DRIVERS)("how current the record is, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    await approvedPosition(t.db, {
      government: "BRA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2013-05-16",
      event: "wtpf-2013",
    });
    await approvedPosition(t.db, {
      government: "KEN",
      topic: "ixps",
      stance: "multistakeholder",
      statedOn: "2019-09-16",
      datePrecision: "on_or_before",
    });
    await approvedPosition(t.db, {
      government: "IND",
      topic: "ipv6-transition",
      stance: "mixed",
      statedOn: "2014-12-31",
      datePrecision: "year",
      reviewReason: "method v2: a test re-coding",
    });
  });
  afterAll(() => t.destroy());

  it("gives every topic its count and its newest position at that position's precision, topics with none included", async () => {
    const { topics } = await recordCurrency(t.db);
    expect(topics.find((topic) => topic.slug === "ixps")).toMatchObject({
      positions: 2,
      newest: "2019-09-16",
      newestPrecision: "on_or_before",
    });
    expect(topics.find((topic) => topic.slug === "ipv6-transition")).toMatchObject({
      positions: 1,
      newest: "2014-12-31",
      newestPrecision: "year",
    });
    expect(topics.find((topic) => topic.slug === "igf-role")).toMatchObject({
      positions: 0,
      newest: null,
      newestPrecision: null,
    });
  });

  it("names the newest position's date across all topics", async () => {
    expect((await recordCurrency(t.db)).newest).toEqual({ date: "2019-09-16", precision: "on_or_before" });
  });

  it("lists the events nothing on record comes from, newest first — the convention adopted without a vote among them", async () => {
    const { events } = await recordCurrency(t.db);
    const slugs = events.map((event) => event.slug);
    expect(slugs).toContain("un-cybercrime-convention-adoption-2024");
    expect(slugs).not.toContain("wtpf-2013");
    const starts = events.map((event) => event.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it("counts the positions re-coded by method v2, from the reason of their revision", async () => {
    expect((await recordCurrency(t.db)).recoded).toEqual({ positions: 1, firstOn: todayUtc() });
  });
});
