import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq, isNotNull, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASET_DIR } from "@/db/dataset/code-records";
import { positions, revisions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type DatasetLoad, loadDataset } from "./dataset";
import { matrixAsOf } from "./matrix";
import { listPositions } from "./positions";
import { publishRelease } from "./releases";

// A database that holds the reference dataset as method v1 coded it (db/dataset/method-v1/, the
// files as they shipped), with one moderator's edit, moves to method v2 at the next start:
// re-coded positions get a revision by the dataset's account with the reason, the single-vote
// 73/27 positions are withdrawn, the moderator's edit stands, and a second start does nothing.

const V1_DIR = path.join(DATASET_DIR, "method-v1");
const v1Files = () =>
  readdirSync(V1_DIR).map((name) => ({ name, text: readFileSync(path.join(V1_DIR, name), "utf8") }));
const SITE = new URL("http://localhost:3000");

describe.each(TEST_DRIVERS)("the upgrade from method v1 to v2 on %s", (kind) => {
  let t: TestDatabase;
  let upgrade: DatasetLoad[];
  let russiaSco = 0;
  const edited =
    "Co-submitted the code of conduct for information security with China, Tajikistan and Uzbekistan: a moderator's own wording, kept by the upgrade.";

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    await loadDataset(t.db, v1Files());
    expect(await listPositions(t.db)).toHaveLength(488);
    // A moderator rewords Russia's 2011 SCO position (one that v2 also re-codes).
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const [russia] = await listPositions(t.db, { government: "RUS", topic: "governments-role" }).then((all) =>
      all.filter((p) => p.statedOn === "2011-09-12"),
    );
    if (!russia) throw new Error("Russia's 2011 SCO position is missing from v1");
    russiaSco = russia.id;
    const [current] = await t.db
      .select({ id: positions.currentRevisionId })
      .from(positions)
      .where(eq(positions.id, russia.id));
    await moderator.contributions.propose({
      ...russia,
      summary: edited,
      positionId: russia.id,
      baseRevisionId: current?.id,
    });
    await publishRelease(t.db, { note: "Method v1" }, null, SITE);
    upgrade = await loadDataset(t.db); // what npm start does
  });
  afterAll(() => t.destroy());

  it("ends with the v2 dataset's counts: 1,135 positions, by kind and by stance on the 2018 pair", async () => {
    const published = await listPositions(t.db);
    expect(published).toHaveLength(1135);
    const byEvidence = Object.fromEntries(
      ["vote", "endorsement", "submission", "statement"].map((k) => [
        k,
        published.filter((p) => p.evidence === k).length,
      ]),
    );
    expect(byEvidence).toEqual({ vote: 844, endorsement: 258, submission: 21, statement: 12 });
    const matrix = await matrixAsOf(t.db, { at: "2018-12-30", topics: ["cyber-norms-process"], evidence: ["vote"] });
    const stances = matrix.rows.map((r) => r.cells["cyber-norms-process"]?.stance).filter(Boolean);
    expect([
      stances.filter((s) => s === "leans_intergovernmental").length,
      stances.filter((s) => s === "leans_multistakeholder").length,
      stances.filter((s) => s === "mixed").length,
    ]).toEqual([24, 55, 79]);
  });

  it("withdraws the 179 single-vote 73/27 positions with the method's reason, never deleting them", async () => {
    const withdrawn = await t.db
      .select({ reason: revisions.reviewReason })
      .from(positions)
      .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
      .where(
        and(
          eq(positions.topicSlug, "cyber-norms-process"),
          eq(positions.statedOn, "2018-12-05"),
          eq(positions.published, false),
        ),
      );
    expect(withdrawn).toHaveLength(179);
    expect(
      withdrawn.every((w) => w.reason?.startsWith("method v2: rival resolutions are read together (rule 2)")),
    ).toBe(true);
    expect(upgrade.find((l) => l.status === "retired")).toMatchObject({ withdrawn: 181, keptIds: [] }); // and the two re-dated Paris Call rows
  });

  it("re-codes with a revision by the dataset's account whose reason says why, keeping history", async () => {
    const recoded = await t.db
      .select({ reason: revisions.reviewReason, author: revisions.authorId })
      .from(revisions)
      .where(and(isNotNull(revisions.baseRevisionId), eq(revisions.authorId, SYSTEM_USERS.seed.id)));
    expect(recoded.length).toBeGreaterThan(300);
    expect(recoded.every((r) => r.reason?.startsWith("method v2: "))).toBe(true);
    const [albania] = (await listPositions(t.db, { government: "ALB", topic: "cyber-norms-process" })).filter(
      (p) => p.statedOn === "2019-09-16",
    );
    expect(albania).toMatchObject({
      stance: "leans_multistakeholder",
      evidence: "endorsement",
      datePrecision: "on_or_before",
    });
    const { history } = await callerAs(t.db, null).positions.detail({ id: albania?.id ?? 0 });
    expect(history.map((h) => h.stance)).toEqual(["multistakeholder", "leans_multistakeholder"]);
  });

  it("never overwrites a moderator's edit, and says so in the load's report", async () => {
    const [russia] = await t.db
      .select({ summary: revisions.summary })
      .from(positions)
      .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
      .where(eq(positions.id, russiaSco));
    expect(russia?.summary).toBe(edited);
    const sco = upgrade.find((l) => l.name === "sco-code-of-conduct-2011.csv");
    expect(sco).toMatchObject({ status: "loaded", counts: { kept: 1, keptIds: [russiaSco], updated: 3 } });
  });

  it("ends the United States' FOC position on the day it left: no counting position after it, the end in the API", async () => {
    const at = async (date: string) =>
      (await matrixAsOf(t.db, { at: date, topics: ["multistakeholder-model"] })).rows.find((r) => r.iso3 === "USA")
        ?.cells["multistakeholder-model"] ?? null;
    expect(await at("2026-02-09")).toMatchObject({ stance: "leans_multistakeholder", evidence: "endorsement" });
    expect(await at("2026-03-01")).toBeNull();
    const [foc] = (await listPositions(t.db, { government: "USA", topic: "multistakeholder-model" })).filter(
      (p) => p.evidence === "endorsement",
    );
    expect(foc?.end).toMatchObject({ on: "2026-02-10", note: expect.stringMatching(/Freedom Online Coalition/) });
  });

  it("lists every change in the next data release", async () => {
    const release = await publishRelease(t.db, { note: "Method v2" }, null, SITE);
    expect(release.changelog.withdrawn).toHaveLength(181);
    expect(release.changelog.added.length).toBe(1135 - (488 - 181));
    // Every re-code is a change the release names (each a revision by the dataset's account that does not withdraw).
    const [recodes] = await t.db
      .select({ n: count() })
      .from(revisions)
      .where(
        and(
          isNotNull(revisions.baseRevisionId),
          eq(revisions.authorId, SYSTEM_USERS.seed.id),
          eq(revisions.hidesPosition, false),
        ),
      );
    expect(recodes?.n).toBeGreaterThan(250);
    expect(release.changelog.changed).toHaveLength(recodes?.n ?? -1);
  });

  it("changes nothing at a second start", async () => {
    const [before] = await t.db.select({ n: count() }).from(revisions);
    const again = await loadDataset(t.db);
    expect(again.every((l) => l.status === "current")).toBe(true);
    const [after] = await t.db.select({ n: count() }).from(revisions);
    expect(after?.n).toBe(before?.n);
    const [reasons] = await t.db
      .select({ n: count() })
      .from(revisions)
      .where(like(revisions.reviewReason, sql`${"method v2: %"}`));
    expect(reasons?.n).toBeGreaterThan(0);
  });
});
