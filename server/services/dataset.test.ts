import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetLoads, positions, revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { SYSTEM_USERS } from "@/db/system-users";
import { positionsCsv } from "@/server/http/positions-csv";
import { loadDataset, readDatasetFiles } from "./dataset";
import { importCsv } from "./import-positions";
import { listPositions } from "./positions";
import { matrixAsOf } from "./matrix";
import { siteStory } from "./story";

// The reference dataset through the import service: every coded row arrives once, a
// restart changes nothing, and an upgraded file re-codes the dataset's own positions without
// overwriting anyone's edit. (The upgrade from method v1 to v2: dataset-upgrade.test.ts.)

const dataRows = (text: string) => text.trim().split("\n").length - 1;

describe.each(TEST_DRIVERS)("the reference dataset on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind); // seeded as npm start seeds: the dataset is loaded
  });
  afterAll(() => t.destroy());

  const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;
  const summaryOf = async (iso3: string, topic: string) =>
    (await listPositions(t.db, { government: iso3, topic }))[0]?.summary;

  it("holds every coded row of every file as an approved position with a source and an evidence kind", async () => {
    const files = readDatasetFiles();
    const total = files.reduce((sum, f) => sum + dataRows(f.text), 0);
    expect(total).toBe(1135);
    const published = await listPositions(t.db);
    expect(published).toHaveLength(total);
    expect(
      published.every(
        (p) => p.sources.length > 0 && ["statement", "vote", "submission", "endorsement"].includes(p.evidence),
      ),
    ).toBe(true);
    const loads = await t.db.select({ name: datasetLoads.fileName, rows: datasetLoads.rows }).from(datasetLoads);
    expect(Object.fromEntries(loads.map((l) => [l.name, l.rows]))).toEqual(
      Object.fromEntries(files.map((f) => [f.name, dataRows(f.text)])),
    );
    expect(new Set(published.map((p) => p.government)).size).toBe(194);
  });

  it("holds the method's counts per kind of evidence and per stance", async () => {
    const published = await listPositions(t.db);
    const tally = (key: (p: (typeof published)[number]) => string) =>
      published.reduce<Record<string, number>>((acc, p) => ({ ...acc, [key(p)]: (acc[key(p)] ?? 0) + 1 }), {});
    expect(tally((p) => p.evidence)).toEqual({ vote: 844, endorsement: 258, submission: 21, statement: 12 });
    expect(tally((p) => p.datePrecision)).toMatchObject({ on_or_before: 69 }); // 67 Paris Call supporters, Denmark and Luxembourg in the FOC
    const ended = published.filter((p) => p.end);
    expect(ended.map((p) => [p.government, p.topic, p.end?.on])).toEqual([
      ["USA", "multistakeholder-model", "2026-02-10"],
    ]);
  });

  it("tells its story in numbers computed from the data: size, span, the lead topic's split, who moved", async () => {
    const story = await siteStory(t.db, "2026-12-01");
    expect(story).toMatchObject({ positions: 1135, governments: 194, firstYear: "2011", lastYear: "2025" });
    expect(story.byEvidence).toEqual({ vote: 844, endorsement: 258, submission: 21, statement: 12 });
    expect(story.lead).toMatchObject({ slug: "cyber-norms-process" });
    const lead = story.lead;
    if (!lead) throw new Error("no lead topic");
    expect(lead.intergovernmental.governments + lead.multistakeholder.governments + lead.mixed.governments).toBe(
      lead.onRecord,
    );
    // Moves within one kind only: a vote to a later vote (the rival pairs, the two cybercrime votes), never a vote to an endorsement.
    expect(story.changed).toBeGreaterThan(0);
    expect(story.changed).toBeLessThan(story.governments);
  });

  it("gives readers a CSV download that imports back unchanged", async () => {
    const text = positionsCsv(await listPositions(t.db));
    const outcome = await importCsv(t.db, {
      text,
      fileName: "download.csv",
      actorId: SYSTEM_USERS.import.id,
      dryRun: true,
    });
    expect(outcome).toEqual({ ok: true, rows: 1135, counts: { created: 0, updated: 0, unchanged: 1135, kept: 0 } });
  });

  it("changes nothing when loaded again (every restart)", async () => {
    const before = await revisionCount();
    const loads = await loadDataset(t.db);
    expect(loads.every((l) => l.status === "current")).toBe(true);
    expect(await revisionCount()).toBe(before);
  });

  it("re-codes its own positions when their file changes, keeps a moderator's edit, and adds the file's new rows", async () => {
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const [russia] = await listPositions(t.db, { government: "RUS", topic: "multistakeholder-model" });
    if (!russia) throw new Error("Russia's NETmundial objection is missing");
    const [current] = await t.db
      .select({ id: positions.currentRevisionId })
      .from(positions)
      .where(eq(positions.id, russia.id));
    const edited =
      "Russia objected to the NETmundial outcome statement, a moderator's more careful wording after reading the record.";
    await moderator.contributions.propose({
      ...russia,
      summary: edited,
      positionId: russia.id,
      baseRevisionId: current?.id,
    });
    expect(await summaryOf("RUS", "multistakeholder-model")).toBe(edited);
    const cuba = await summaryOf("CUB", "multistakeholder-model");

    // A new version of the file: every summary reworded, and one more row.
    const file = readDatasetFiles().find((f) => f.name === "netmundial-2014-objections.csv");
    if (!file) throw new Error("netmundial-2014-objections.csv is missing");
    const reworded = file.text.replaceAll(
      "read an objection into the record.",
      "read an objection into the record of the meeting.",
    );
    const added = `${reworded}BLR,multistakeholder-model,leans_intergovernmental,statement,2014-04-24,day,A row added in a later version of the file for this test.,https://example.org/later,netmundial-2014,,,,\n`;
    const before = await revisionCount();
    const loads = await loadDataset(t.db, [{ name: file.name, text: added }]);
    const [russiaId] = (await listPositions(t.db, { government: "RUS", topic: "multistakeholder-model" })).map(
      (p) => p.id,
    );
    expect(loads).toEqual([
      {
        name: file.name,
        status: "loaded",
        rows: 4,
        counts: { created: 1, updated: 2, unchanged: 0, kept: 1, keptIds: [russiaId] },
      },
    ]);
    expect(await revisionCount()).toBe((before ?? 0) + 3);

    expect(await summaryOf("RUS", "multistakeholder-model")).toBe(edited);
    expect(await summaryOf("CUB", "multistakeholder-model")).toBe(
      cuba?.replace("read an objection into the record.", "read an objection into the record of the meeting."),
    );
    expect(await summaryOf("BLR", "multistakeholder-model")).toMatch(/later version/);
    // The same version again is remembered by its SHA-256: nothing happens.
    expect(await loadDataset(t.db, [{ name: file.name, text: added }])).toEqual([
      { name: file.name, status: "current" },
    ]);
    expect(await revisionCount()).toBe((before ?? 0) + 3);
  });

  it("reports a file the database cannot take, writes none of it, and tries it again next time", async () => {
    const before = await revisionCount();
    const text =
      "government,topic,stance,stated_on,summary,source_url\nKEN,ixps,mixed,2014-04-23,Kenya spoke about its exchange point.,https://example.org/k\nKEN,no-such-topic,mixed,2014-04-23,A row with a topic nobody has.,https://example.org/k\n";
    const [load] = await loadDataset(t.db, [{ name: "broken.csv", text }]);
    expect(load).toEqual({ name: "broken.csv", status: "failed", errors: ["line 3: unknown topic no-such-topic"] });
    expect(await revisionCount()).toBe(before);
    expect(await t.db.select().from(datasetLoads).where(eq(datasetLoads.fileName, "broken.csv"))).toEqual([]);
  });

  it("places a year-only position at the last day of its year: absent on 30 Dec, present on 31 Dec", async () => {
    const japan = async (at: string) =>
      (await matrixAsOf(t.db, { at, topics: ["multistakeholder-model"] })).rows.find((r) => r.iso3 === "JPN")?.cells[
        "multistakeholder-model"
      ] ?? null;
    expect(await japan("2014-12-30")).toBeNull();
    expect(await japan("2014-12-31")).toMatchObject({
      stance: "leans_multistakeholder",
      evidence: "endorsement",
      statedOn: "2014-12-31",
      datePrecision: "year",
    });
  });
});
