import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { IMPORT_HEADER } from "@/server/schemas/import-row";
import { IMPORT_ERRORS_SHOWN } from "./import-file";
import { importCsv } from "./import-positions";

// A file of many bad rows gets a short answer over the web (a 300,000-bad-row file once answered
// 76 MB): the first bad rows by line, and how many more there are. Still all or nothing. The CLI
// lists every bad row (its output is a terminal's, and the contract says so).

const badRows = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `XXX,ixps,mixed,2014-01-01,A summary that is long enough to pass ${i}.,https://example.org/a,,`,
  );

describe.each(TEST_DRIVERS)("the error list of a bulk import on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
  });
  afterAll(() => t.destroy());

  it("answers the web form with the first 100 bad rows and a count of the rest, and imports nothing", async () => {
    const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;
    const before = await revisionCount();
    const good = "KEN,ixps,mixed,2014-04-23,Kenya spoke about its exchange point at length.,https://example.org/ken,,";
    const text = [IMPORT_HEADER.join(","), good, ...badRows(5000)].join("\n");
    const outcome = await importCsv(t.db, {
      text,
      fileName: "many-bad.csv",
      actorId: SYSTEM_USERS.import.id,
      dryRun: false,
      errorsShown: IMPORT_ERRORS_SHOWN,
    });
    expect(IMPORT_ERRORS_SHOWN).toBe(100);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.badRows).toBe(5000);
    expect(outcome.errors).toHaveLength(100);
    expect(outcome.errors[0]).toEqual({ line: 3, reason: "unknown government XXX" });
    expect(outcome.errors.at(-1)?.line).toBe(102);
    expect(await revisionCount()).toBe(before);
  });

  it("lists every bad row for the command line, however many", async () => {
    const outcome = await importCsv(t.db, {
      text: [IMPORT_HEADER.join(","), ...badRows(250)].join("\n"),
      fileName: "cli-bad.csv",
      actorId: SYSTEM_USERS.import.id,
      dryRun: true,
    });
    expect(outcome).toMatchObject({ ok: false, badRows: 250 });
    expect(!outcome.ok && outcome.errors).toHaveLength(250);
  });

  it("lists every bad row when there are 100 or fewer", async () => {
    const outcome = await importCsv(t.db, {
      text: [IMPORT_HEADER.join(","), ...badRows(100)].join("\n"),
      fileName: "some-bad.csv",
      actorId: SYSTEM_USERS.import.id,
      dryRun: true,
      errorsShown: IMPORT_ERRORS_SHOWN,
    });
    expect(outcome).toMatchObject({ ok: false, badRows: 100 });
    expect(!outcome.ok && outcome.errors).toHaveLength(100);
  });
});
