import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, releaseFiles, releases } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { listPositions } from "./positions";
import { getRelease, listReleases, previewRelease, publishRelease, releaseFile } from "./releases";

// Releases: numbered, frozen snapshots of the approved positions, with checksums and a changelog.

const SITE = new URL("https://stanceatlas.example");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(TEST_DRIVERS)("data releases on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
  });
  afterAll(() => t.destroy());

  it("publishes release 1 with every approved position, its counts, files and their SHA-256", async () => {
    const release = await publishRelease(
      t.db,
      { note: "  The first release of the reference dataset.  " },
      admin,
      SITE,
    );
    const approved = await listPositions(t.db);
    expect(release).toMatchObject({
      version: 1,
      note: "The first release of the reference dataset.",
      publishedBy: "Ada",
      positions: approved.length,
    });
    expect(release.governments).toBe(new Set(approved.map((p) => p.government)).size);
    expect(release.changelog).toMatchObject({ previous: null, changed: [], withdrawn: [] });
    expect(release.changelog.added).toHaveLength(approved.length);
    expect(release.files.map((f) => [f.name, f.url])).toEqual([
      ["positions.csv", "/api/v1/releases/1/positions.csv"],
      ["positions.json", "/api/v1/releases/1/positions.json"],
    ]);
    const csv = await releaseFile(t.db, 1, "positions.csv");
    expect(csv.sha256).toBe(sha256(csv.body));
    expect(release.files[0]?.sha256).toBe(csv.sha256);
    expect(csv.body.split("\n")[0]).toBe(
      "id,government,government_name,topic,topic_title,stance,score,evidence,stated_on,date_precision,event,summary,quote,sources,ended_on,end_note,end_source_url,revisions,first_published,last_changed,url",
    );
    const json = JSON.parse((await releaseFile(t.db, 1, "positions.json")).body);
    expect(json).toMatchObject({ release: 1, license: "CC BY 4.0" });
    const russia = json.positions.find(
      (p: { government: string; event: string | null }) => p.government === "RUS" && p.event === "wtpf-2013",
    );
    expect(russia).toMatchObject({
      governmentName: "Russia",
      revisions: 1,
      url: `https://stanceatlas.example/positions/${russia.id}`,
    });
    expect(russia.sources.length).toBeGreaterThan(0);
  });

  it("refuses a release with nothing new, and names what changed in the next one; the earlier one's files never change", async () => {
    await expect(publishRelease(t.db, { note: "Nothing new here at all." }, admin, SITE)).rejects.toThrow(
      ConflictError,
    );
    const before = await releaseFile(t.db, 1, "positions.csv");
    const author = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator")).id);
    const [brazil] = await listPositions(t.db, { government: "BRA", topic: "governments-role" });
    if (!brazil) throw new Error("Brazil's seeded position is missing");
    const record = await author.positions.forEdit({ id: brazil.id });
    const edit = await author.contributions.propose({
      government: "BRA",
      topic: "governments-role",
      stance: "intergovernmental",
      statedOn: brazil.statedOn,
      datePrecision: brazil.datePrecision,
      evidence: brazil.evidence,
      event: brazil.event ?? undefined,
      summary: brazil.summary,
      quote: brazil.quote ?? undefined,
      sources: brazil.sources,
      positionId: brazil.id,
      baseRevisionId: record.currentRevisionId,
    });
    await moderator.moderation.approve({ revisionId: edit.revisionId });
    expect(await previewRelease(t.db, SITE)).toMatchObject({
      version: 2,
      previous: 1,
      added: 0,
      changed: 1,
      withdrawn: 0,
    });

    const second = await publishRelease(t.db, { note: "Brazil's stance corrected." }, null, SITE);
    expect(second).toMatchObject({ version: 2, publishedBy: "the command line" });
    expect(second.changelog).toMatchObject({
      previous: 1,
      added: [],
      withdrawn: [],
      changed: [
        {
          id: brazil.id,
          government: "BRA",
          topic: "governments-role",
          stance: "intergovernmental",
          fields: ["stance"],
        },
      ],
    });
    expect(await releaseFile(t.db, 1, "positions.csv")).toEqual(before);
    expect((await listReleases(t.db)).map((r) => r.version)).toEqual([2, 1]);
  });

  it("keeps releases and their files unchangeable in the database itself", async () => {
    const refused = (work: Promise<unknown>) =>
      work.then(
        () => "changed",
        (e: unknown) => String(e instanceof Error && e.cause instanceof Error ? e.cause.message : e),
      );
    expect(await refused(t.db.update(releases).set({ note: "Rewritten" }).where(eq(releases.version, 1)))).toMatch(
      /release 1 is published and cannot change/,
    );
    expect(await refused(t.db.delete(releaseFiles).where(eq(releaseFiles.releaseVersion, 1)))).toMatch(
      /files of release 1 are published and cannot change/,
    );
    expect(await refused(t.db.execute(sql`update release_files set body = 'x' where release_version = 1`))).toMatch(
      /cannot change/,
    );
    expect((await getRelease(t.db, 1)).note).toBe("The first release of the reference dataset.");
  });

  it("audits each publication, and answers an unknown release or file as not found", async () => {
    const entries = await t.db
      .select({ action: auditLog.action, target: auditLog.targetId, actor: auditLog.actorId })
      .from(auditLog)
      .where(eq(auditLog.action, "release.publish"));
    expect(entries).toEqual([
      { action: "release.publish", target: "1", actor: admin.id },
      { action: "release.publish", target: "2", actor: null },
    ]);
    await expect(getRelease(t.db, 99)).rejects.toThrow(NotFoundError);
    await expect(releaseFile(t.db, 1, "positions.xml")).rejects.toThrow(NotFoundError);
  });
});
