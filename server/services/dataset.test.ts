import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetLoads, positions, revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { callerAs, makeAccount } from "@/server/api/testing";
import { SYSTEM_USERS } from "@/db/system-users";
import { positionsCsv } from "@/server/http/positions-csv";
import { loadDataset, readDatasetFiles } from "./dataset";
import { importCsv } from "./import-positions";
import { listPositions } from "./positions";
import { matrixAsOf } from "./matrix";
import { siteStory } from "./story";

// The reference dataset through the import service: every coded row arrives once, a
// restart changes nothing, and an upgraded file adds rows without overwriting anyone's edit.

const dataRows = (text: string) => text.trim().split("\n").length - 1;

describe.each(TEST_DRIVERS)("the reference dataset on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind); // seeded as npm start seeds: the dataset is loaded
  });
  afterAll(() => t.destroy());

  const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;
  const summaryOf = async (iso3: string, topic: string) => (await listPositions(t.db, { government: iso3, topic }))[0]?.summary;

  it("holds every coded row of every file as an approved position with a source and an evidence kind", async () => {
    const files = readDatasetFiles();
    const total = files.reduce((sum, f) => sum + dataRows(f.text), 0);
    expect(total).toBe(488);
    const published = await listPositions(t.db);
    expect(published).toHaveLength(total);
    expect(published.every((p) => p.sources.length > 0 && ["statement", "vote", "submission", "endorsement"].includes(p.evidence))).toBe(true);
    const loads = await t.db.select({ name: datasetLoads.fileName, rows: datasetLoads.rows }).from(datasetLoads);
    expect(Object.fromEntries(loads.map((l) => [l.name, l.rows]))).toEqual(Object.fromEntries(files.map((f) => [f.name, dataRows(f.text)])));
    expect(new Set(published.map((p) => p.government)).size).toBeGreaterThanOrEqual(150);
  });

  it("tells its story in numbers computed from the data: size, span, the lead topic's split, who moved", async () => {
    const story = await siteStory(t.db);
    expect(story).toMatchObject({ positions: 488, governments: 190, firstYear: "2011", lastYear: "2023" });
    expect(story.featured).toEqual(["cyber-norms-process", "un-cybercrime-treaty", "multistakeholder-model", "governments-role"]);
    expect(story.lead).toMatchObject({ slug: "cyber-norms-process", onRecord: 183 });
    const lead = story.lead ?? { intergovernmental: 0, multistakeholder: 0, mixed: 0, onRecord: -1 };
    expect(lead.intergovernmental + lead.multistakeholder + lead.mixed).toBe(lead.onRecord);
    // e.g. Albania: voted no on 73/27 (leans multistakeholder), then joined the Paris Call (multistakeholder).
    expect(story.shifted).toBeGreaterThan(50);
  });

  it("gives readers a CSV download that imports back unchanged", async () => {
    const text = positionsCsv(await listPositions(t.db));
    const outcome = await importCsv(t.db, { text, fileName: "download.csv", actorId: SYSTEM_USERS.import.id, dryRun: true });
    expect(outcome).toEqual({ ok: true, rows: 488, counts: { created: 0, updated: 0, unchanged: 488, kept: 0 } });
  });

  it("changes nothing when loaded again (every restart)", async () => {
    const before = await revisionCount();
    const loads = await loadDataset(t.db);
    expect(loads.every((l) => l.status === "current")).toBe(true);
    expect(await revisionCount()).toBe(before);
  });

  it("keeps a moderator's edit of a seeded position when its file changes, and takes only the file's new rows", async () => {
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const [russia] = await listPositions(t.db, { government: "RUS", topic: "multistakeholder-model" });
    if (!russia) throw new Error("Russia's NETmundial objection is missing");
    const [current] = await t.db.select({ id: positions.currentRevisionId }).from(positions).where(eq(positions.id, russia.id));
    const edited = "Russia objected to the NETmundial outcome statement, a moderator's more careful wording after reading the record.";
    await moderator.contributions.propose({ ...russia, summary: edited, positionId: russia.id, baseRevisionId: current?.id });
    expect(await summaryOf("RUS", "multistakeholder-model")).toBe(edited);
    const cuba = await summaryOf("CUB", "multistakeholder-model");

    // A new version of the file: every summary reworded, and one more row.
    const file = readDatasetFiles().find((f) => f.name === "netmundial-2014-objections.csv");
    if (!file) throw new Error("netmundial-2014-objections.csv is missing");
    const reworded = file.text.replaceAll("read an objection into the record.", "read an objection into the record of the meeting.");
    const added = `${reworded}BLR,multistakeholder-model,leans_intergovernmental,statement,2014-04-24,day,A row added in a later version of the file for this test.,https://example.org/later,netmundial-2014,\n`;
    const before = await revisionCount();
    const loads = await loadDataset(t.db, [{ name: file.name, text: added }]);
    expect(loads).toEqual([{ name: file.name, status: "loaded", rows: 4, counts: { created: 1, updated: 0, unchanged: 0, kept: 3 } }]);
    expect(await revisionCount()).toBe((before ?? 0) + 1);

    expect(await summaryOf("RUS", "multistakeholder-model")).toBe(edited);
    expect(await summaryOf("CUB", "multistakeholder-model")).toBe(cuba);
    expect(await summaryOf("BLR", "multistakeholder-model")).toMatch(/later version/);
    // The same version again is remembered by its SHA-256: nothing happens.
    expect(await loadDataset(t.db, [{ name: file.name, text: added }])).toEqual([{ name: file.name, status: "current" }]);
    expect(await revisionCount()).toBe((before ?? 0) + 1);
  });

  it("reports a file the database cannot take, writes none of it, and tries it again next time", async () => {
    const before = await revisionCount();
    const text = "government,topic,stance,stated_on,summary,source_url\nKEN,ixps,mixed,2014-04-23,Kenya spoke about its exchange point.,https://example.org/k\nKEN,no-such-topic,mixed,2014-04-23,A row with a topic nobody has.,https://example.org/k\n";
    const [load] = await loadDataset(t.db, [{ name: "broken.csv", text }]);
    expect(load).toEqual({ name: "broken.csv", status: "failed", errors: ["line 3: unknown topic no-such-topic"] });
    expect(await revisionCount()).toBe(before);
    expect(await t.db.select().from(datasetLoads).where(eq(datasetLoads.fileName, "broken.csv"))).toEqual([]);
  });

  it("places a year-only position at the last day of its year: absent on 30 Dec, present on 31 Dec", async () => {
    const japan = async (at: string) => (await matrixAsOf(t.db, { at, topics: ["multistakeholder-model"] })).rows.find((r) => r.iso3 === "JPN")?.cells["multistakeholder-model"] ?? null;
    expect(await japan("2014-12-30")).toBeNull();
    expect(await japan("2014-12-31")).toMatchObject({ stance: "multistakeholder", evidence: "endorsement", statedOn: "2014-12-31", datePrecision: "year" });
  });
});
