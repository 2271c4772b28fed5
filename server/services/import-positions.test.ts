import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { auditLog, positions, revisions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/db/testing";
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
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  const run = (text: string, dryRun = false) => importCsv(t.db, { text, fileName: "test.csv", actorId: SYSTEM_USERS.import.id, dryRun });
  const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;
  const stanceOf = async (iso3: string, at: string) => (await matrixAsOf(t.db, { at, topics: ["ixps"] })).rows.find((r) => r.iso3 === iso3)?.cells.ixps?.stance ?? null;

  it("previews without writing, imports as approved revisions by the import account, and a second run changes nothing", async () => {
    const before = await revisionCount();
    expect(await run(GOOD, true)).toEqual({ ok: true, rows: 2, counts: { created: 2, updated: 0, unchanged: 0 } });
    expect(await revisionCount()).toBe(before);

    expect(await run(GOOD)).toEqual({ ok: true, rows: 2, counts: { created: 2, updated: 0, unchanged: 0 } });
    expect(await stanceOf("KEN", "2014-05-01")).toBe("leans_multistakeholder");
    const [kenya] = await t.db.select().from(revisions).innerJoin(positions, eq(positions.id, revisions.positionId)).where(eq(positions.governmentIso3, "KEN"));
    expect(kenya?.revisions).toMatchObject({ status: "approved", authorId: "system:import", reviewerId: "system:import", sources: ["https://example.org/ken", "https://example.org/ken-2"], eventSlug: "netmundial-2014" });
    expect(kenya?.revisions.summary).toBe('Kenya described its IXP as community-run, with "operators" in charge.');
    const after = await revisionCount();

    expect(await run(GOOD)).toEqual({ ok: true, rows: 2, counts: { created: 0, updated: 0, unchanged: 2 } });
    expect(await revisionCount()).toBe(after);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "positions.import"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: "system:import", targetId: "test.csv", details: { created: 2, updated: 0, unchanged: 0, rows: 2 } });
  });

  it("turns a row with new content for an existing position into a new approved revision of it", async () => {
    const id = await approvedPosition(t.db, { government: "NGA", topic: "ixps", stance: "mixed", statedOn: "2015-12-15" });
    const text = [HEADER, `NGA,ixps,intergovernmental,2015-12-15,Nigeria called for state-run exchange points at WSIS+10.,https://example.org/nga,wsis10-2015,`].join("\n");
    expect(await run(text)).toMatchObject({ ok: true, counts: { created: 0, updated: 1, unchanged: 0 } });
    const versions = await t.db.select({ stance: revisions.stance, base: revisions.baseRevisionId }).from(revisions).where(eq(revisions.positionId, id)).orderBy(revisions.id);
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
      { line: 6, reason: "stated_on: Enter a real date written YYYY-MM-DD, like 2013-05-16." },
      { line: 7, reason: "source_url is missing: every position needs a source" },
      { line: 8, reason: "unknown event wcit-1999" },
      { line: 9, reason: "repeats line 2 (same government, topic and stated_on)" },
      { line: 10, reason: "expected 8 columns, found 3" },
    ]);
    expect(await revisionCount()).toBe(before);
    expect(await stanceOf("TZA", "2015-01-01")).toBeNull();
  });

  it.each([
    ["a wrong header", "government,topic,stance\nKEN,ixps,mixed", /^The header must be exactly: government,topic,stance,stated_on,summary,source_url,event,quote$/],
    ["a header with no rows", HEADER, /no rows/],
    ["a broken quote", `${HEADER}\nKEN,ixps,mixed,2014-01-01,"unterminated,https://example.org,,`, /Not a valid CSV file/],
  ])("refuses %s", async (_name, text, reason) => {
    const outcome = await run(text);
    expect(!outcome.ok && outcome.errors[0]?.reason).toMatch(reason);
  });

  it("refuses files that are not UTF-8, or 10 MB and more, before reading a row", () => {
    expect(decodeImportFile(new Uint8Array([0x67, 0x6f, 0xff, 0xfe]))).toEqual({ error: "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again." });
    expect(decodeImportFile(new Uint8Array(10 * 1024 * 1024))).toEqual({ error: "The file is 10.0 MB; the limit is 10 MB. Split it into smaller files." });
    expect(decodeImportFile(new TextEncoder().encode(`\uFEFF${HEADER}`))).toEqual({ text: HEADER });
  });
});
