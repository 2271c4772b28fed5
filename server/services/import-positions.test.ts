import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { auditLog, positions, revisions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { IMPORT_HEADER } from "@/server/schemas/import-row";
import { matrixAsOf } from "./matrix";
import { decodeImportFile } from "./import-file";
import { importCsv } from "./import-positions";

const HEADER = IMPORT_HEADER.join(",");
const GOOD = [
  HEADER,
  `KEN,ixps,leans_multistakeholder,2014-04-23,"Kenya described its IXP as community-run, with ""operators"" in charge.",https://example.org/ken https://example.org/ken-2,netmundial-2014,`,
  `GHA,ixps,mixed,2014-04-24,Ghana said its exchange point needs both operators and the state.,https://example.org/gha,,We need both.`,
].join("\n");

describe.each(TEST_DRIVERS)("bulk import on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
  });
  afterAll(() => t.destroy());

  const run = (text: string, dryRun = false) =>
    importCsv(t.db, { text, fileName: "test.csv", actorId: SYSTEM_USERS.import.id, dryRun });
  const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;
  const stanceOf = async (iso3: string, at: string) =>
    (await matrixAsOf(t.db, { at, topics: ["ixps"] })).rows.find((r) => r.iso3 === iso3)?.cells.ixps?.stance ?? null;

  it("previews without writing, imports as approved revisions by the import account, and a second run changes nothing", async () => {
    const before = await revisionCount();
    expect(await run(GOOD, true)).toEqual({
      ok: true,
      rows: 2,
      counts: { created: 2, updated: 0, unchanged: 0, kept: 0 },
    });
    expect(await revisionCount()).toBe(before);

    expect(await run(GOOD)).toEqual({ ok: true, rows: 2, counts: { created: 2, updated: 0, unchanged: 0, kept: 0 } });
    expect(await stanceOf("KEN", "2014-05-01")).toBe("leans_multistakeholder");
    const [kenya] = await t.db
      .select()
      .from(revisions)
      .innerJoin(positions, eq(positions.id, revisions.positionId))
      .where(eq(positions.governmentIso3, "KEN"));
    expect(kenya?.revisions).toMatchObject({
      status: "approved",
      authorId: "system:import",
      reviewerId: "system:import",
      sources: ["https://example.org/ken", "https://example.org/ken-2"],
      eventSlug: "netmundial-2014",
    });
    expect(kenya?.revisions.summary).toBe('Kenya described its IXP as community-run, with "operators" in charge.');
    const after = await revisionCount();

    expect(await run(GOOD)).toEqual({ ok: true, rows: 2, counts: { created: 0, updated: 0, unchanged: 2, kept: 0 } });
    expect(await revisionCount()).toBe(after);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "positions.import"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: "system:import",
      targetId: "test.csv",
      details: { created: 2, updated: 0, unchanged: 0, rows: 2 },
    });
  });

  it("turns a row with new content for an existing position into a new approved revision of it", async () => {
    const id = await approvedPosition(t.db, {
      government: "NGA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2015-12-15",
    });
    const text = [
      HEADER,
      `NGA,ixps,intergovernmental,2015-12-15,Nigeria called for state-run exchange points at WSIS+10.,https://example.org/nga,wsis10-2015,`,
    ].join("\n");
    expect(await run(text)).toMatchObject({ ok: true, counts: { created: 0, updated: 1, unchanged: 0 } });
    const versions = await t.db
      .select({ stance: revisions.stance, base: revisions.baseRevisionId })
      .from(revisions)
      .where(eq(revisions.positionId, id))
      .orderBy(revisions.id);
    expect(versions.map((v) => v.stance)).toEqual(["mixed", "intergovernmental"]);
    expect(versions[1]?.base).not.toBeNull();
    expect(await stanceOf("NGA", "2016-01-01")).toBe("intergovernmental");
  });

  it("writes nothing at all when any row is bad, and names every bad row by line", async () => {
    const before = await revisionCount();
    const text = [
      HEADER,
      `TZA,ixps,mixed,2014-01-01,Tanzania spoke about its exchange points at length.,https://example.org/tza,,`,
      `XXX,ixps,mixed,2014-01-01,A summary that is long enough to pass.,https://example.org/a,,`,
      `TZA,space-law,mixed,2014-01-02,A summary that is long enough to pass.,https://example.org/a,,`,
      `TZA,ixps,hostile,2014-01-03,A summary that is long enough to pass.,https://example.org/a,,`,
      `TZA,ixps,mixed,2014-02-30,A summary that is long enough to pass.,https://example.org/a,,`,
      `TZA,ixps,mixed,2014-01-05,A summary that is long enough to pass.,,,`,
      `TZA,ixps,mixed,2014-01-06,A summary that is long enough to pass.,https://example.org/a,wcit-1999,`,
      `TZA,ixps,mixed,2014-01-01,The same position as line 2 again.,https://example.org/a,,`,
      `TZA,ixps,mixed`,
    ].join("\n");
    const outcome = await run(text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors).toEqual([
      { line: 3, reason: "unknown government XXX" },
      { line: 4, reason: "unknown topic space-law" },
      { line: 5, reason: expect.stringMatching(/^stance must be one of multistakeholder, /) },
      {
        line: 6,
        reason: "stated_on must be a real date written YYYY-MM-DD (or YYYY-MM, or YYYY, for a month or a year)",
      },
      { line: 7, reason: "source_url is missing: every position needs a source" },
      { line: 8, reason: "unknown event wcit-1999" },
      { line: 9, reason: "repeats line 2 (same government, topic and stated_on)" },
      { line: 10, reason: "expected 8 columns, found 3" },
    ]);
    expect(await revisionCount()).toBe(before);
    expect(await stanceOf("TZA", "2015-01-01")).toBeNull();
  });

  it.each([
    [
      "a header without the required columns",
      "government,topic,stance\nKEN,ixps,mixed",
      /^The header lacks stated_on, summary, source_url: every file needs government, topic, stance, stated_on, summary, source_url/,
    ],
    [
      "an unknown column, by name",
      `${HEADER},confidence\nKEN,ixps,mixed,2014-01-01,Kenya said something long enough.,https://example.org,,,high`,
      /^Unknown column: “confidence”\. The columns are government, topic, stance, stated_on, summary, source_url, event, quote, evidence, date_precision, ended_on, end_note, end_source_url\.$/,
    ],
    [
      "a column named twice",
      "government,topic,stance,stated_on,summary,source_url,topic\nKEN,ixps,mixed,2014-01-01,Kenya said something long enough.,https://example.org,ixps",
      /^The header names topic more than once\.$/,
    ],
    ["a header with no rows", HEADER, /no rows/],
    [
      "a broken quote",
      `${HEADER}\nKEN,ixps,mixed,2014-01-01,"unterminated,https://example.org,,`,
      /Not a valid CSV file/,
    ],
  ])("refuses %s", async (_name, text, reason) => {
    const outcome = await run(text);
    expect(!outcome.ok && outcome.errors[0]?.reason).toMatch(reason);
  });

  it("takes columns in any order, with the evidence kind and the date precision, and dates a month or a year by its last day", async () => {
    const text = [
      "date_precision,evidence,source_url,summary,stated_on,stance,topic,government",
      "year,endorsement,https://example.org/uga,Uganda endorsed an IXP declaration that year.,2016,multistakeholder,ixps,UGA",
      ",vote,https://example.org/rwa,Rwanda voted for a regional exchange-point programme.,2016-05,leans_intergovernmental,ixps,RWA",
      "month,,https://example.org/bdi,Burundi spoke about its exchange point that month.,2016-07-14,mixed,ixps,BDI",
    ].join("\n");
    expect(await run(text)).toMatchObject({ ok: true, counts: { created: 3 } });
    const cells = (await matrixAsOf(t.db, { at: "2016-12-31", topics: ["ixps"] })).rows;
    const cell = (iso3: string) => cells.find((r) => r.iso3 === iso3)?.cells.ixps;
    expect(cell("UGA")).toMatchObject({ evidence: "endorsement", statedOn: "2016-12-31", datePrecision: "year" });
    expect(cell("RWA")).toMatchObject({ evidence: "vote", statedOn: "2016-05-31", datePrecision: "month" });
    expect(cell("BDI")).toMatchObject({ evidence: "statement", statedOn: "2016-07-31", datePrecision: "month" });
    expect(await stanceOf("UGA", "2016-12-30")).toBeNull();
  });

  it("refuses an unknown evidence kind, a precision finer than the date and a period not yet over, by line", async () => {
    const year = new Date().getUTCFullYear();
    const text = [
      "government,topic,stance,stated_on,summary,source_url,evidence,date_precision",
      "MLI,ixps,mixed,2016-01-01,Mali spoke about its exchange point at length.,https://example.org/m,rumour,",
      "MLI,ixps,mixed,2016,Mali spoke about its exchange point at length.,https://example.org/m,,day",
      `MLI,ixps,mixed,${year},Mali spoke about its exchange point at length.,https://example.org/m,,`,
      "MLI,ixps,mixed,2016-03-01,Mali spoke about its exchange point at length.,https://example.org/m,,fortnight",
    ].join("\n");
    const outcome = await run(text);
    expect(!outcome.ok && outcome.errors).toEqual([
      { line: 2, reason: "evidence must be one of statement, vote, submission, endorsement (or empty for statement)" },
      { line: 3, reason: "stated_on 2016 gives only the year; set date_precision to year" },
      {
        line: 4,
        reason: expect.stringMatching(
          /^stated_on: A position dated \d{4} counts from the last day of that year, which has not come yet/,
        ),
      },
      { line: 5, reason: "date_precision must be one of day, month, year, on_or_before (or empty)" },
    ]);
  });

  it("refuses files that are not UTF-8, or 10 MB and more, before reading a row", () => {
    expect(decodeImportFile(new Uint8Array([0x67, 0x6f, 0xff, 0xfe]))).toEqual({
      error: "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.",
    });
    expect(decodeImportFile(new Uint8Array(10 * 1024 * 1024))).toEqual({
      error: "The file is 10.0 MB; the limit is 10 MB. Split it into smaller files.",
    });
    expect(decodeImportFile(new TextEncoder().encode(`\uFEFF${HEADER}`))).toEqual({ text: HEADER });
  });
});
