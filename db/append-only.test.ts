import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./client";
import { approvedPosition } from "./factories";
import { auditLog, positions, revisions } from "./schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "./testing";

// The database itself keeps revisions immutable (only a pending revision's review fields change) and the audit log append-only.

describe.each(TEST_DRIVERS)("revisions and the audit log are append-only on %s", (kind) => {
  let t: TestDatabase;
  let revisionId: number;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    const id = await approvedPosition(t.db, {
      government: "FRA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2012-12-03",
    });
    revisionId =
      (await t.db.select({ r: positions.currentRevisionId }).from(positions).where(eq(positions.id, id)))[0]?.r ?? 0;
  });
  afterAll(() => t.destroy());

  const failure = (work: Promise<unknown>) =>
    work.then(
      () => "no error",
      (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
    );

  it("refuses to change a revision's content", async () => {
    expect(
      await failure(t.db.update(revisions).set({ summary: "Rewritten history" }).where(eq(revisions.id, revisionId))),
    ).toMatch(/already been reviewed|cannot change/);
  });

  it("refuses to review a revision twice", async () => {
    expect(
      await failure(
        t.db.update(revisions).set({ status: "rejected", reviewReason: "late" }).where(eq(revisions.id, revisionId)),
      ),
    ).toMatch(/already been reviewed/);
  });

  it("refuses to delete a revision", async () => {
    expect(await failure(t.db.delete(revisions).where(eq(revisions.id, revisionId)))).toMatch(/never deleted/);
    expect(await failure(t.db.execute(sql`delete from revisions`))).toMatch(/never deleted/);
  });

  it("refuses a month or year revision that is not dated the last day of its period", async () => {
    const positionId = (await t.db.select({ id: positions.id }).from(positions).limit(1))[0]?.id ?? 0;
    const revision = (statedOn: string, datePrecision: "month" | "year") =>
      t.db.insert(revisions).values({
        positionId,
        authorId: "system:seed",
        stance: "mixed",
        statedOn,
        datePrecision,
        summary: "A dated proposal for the test.",
        sources: ["https://example.org/p"],
      });
    expect(await failure(revision("2014-06-30", "year"))).toMatch(/revisions_period_end/);
    expect(await failure(revision("2014-06-15", "month"))).toMatch(/revisions_period_end/);
    expect(await failure(revision("2016-02-29", "month"))).toBe("no error");
    expect(await failure(revision("2014-12-31", "year"))).toBe("no error");
  });

  it("keeps the audit log append-only too", async () => {
    const [entry] = await t.db
      .insert(auditLog)
      .values({ action: "test.entry", targetType: "test", targetId: "1" })
      .returning({ id: auditLog.id });
    expect(
      await failure(
        t.db
          .update(auditLog)
          .set({ reason: "rewritten" })
          .where(eq(auditLog.id, entry?.id ?? 0)),
      ),
    ).toMatch(/append-only/);
    expect(await failure(t.db.delete(auditLog).where(eq(auditLog.id, entry?.id ?? 0)))).toMatch(/append-only/);
  });

  it("refuses to empty revisions, the audit log or a release with TRUNCATE, even by cascade", async () => {
    await t.db.insert(auditLog).values({ action: "test.entry", targetType: "test", targetId: "2" });
    await t.db.execute(
      sql`insert into releases (version, note, position_count, government_count, topic_count, source_count, changelog) values (900, 'Kept', 0, 0, 0, 0, '{}')`,
    );
    await t.db.execute(
      sql`insert into release_files (release_version, name, media_type, body, bytes, sha256) values (900, 'positions.csv', 'text/csv', '', 0, 'x')`,
    );
    const counts = () =>
      queryRows(
        t.db,
        sql`select (select count(*) from revisions)::int as r, (select count(*) from audit_log)::int as a, (select count(*) from release_files)::int as f`,
      );
    const before = await counts();
    for (const table of ["revisions", "audit_log", "release_files", "releases"]) {
      expect(await failure(t.db.execute(sql`truncate ${sql.identifier(table)} cascade`))).toMatch(
        /append-only and cannot be truncated/,
      );
    }
    expect(await failure(t.db.execute(sql`truncate positions cascade`))).toMatch(/append-only and cannot be truncated/);
    expect(await counts()).toEqual(before);
  });

  it("lets a pending revision be reviewed, but not have its content changed", async () => {
    const [pending] = await t.db
      .insert(revisions)
      .values({
        positionId: (await t.db.select({ id: positions.id }).from(positions).limit(1))[0]?.id ?? 0,
        authorId: "system:seed",
        stance: "mixed",
        statedOn: "2012-12-03",
        summary: "A pending proposal for the test.",
        sources: ["https://example.org/p"],
      })
      .returning({ id: revisions.id });
    const id = pending?.id ?? 0;
    expect(
      await failure(t.db.update(revisions).set({ stance: "intergovernmental" }).where(eq(revisions.id, id))),
    ).toMatch(/cannot change/);
    expect(await failure(t.db.update(revisions).set({ evidence: "vote" }).where(eq(revisions.id, id)))).toMatch(
      /cannot change/,
    );
    expect(
      await failure(
        t.db
          .update(revisions)
          .set({ status: "rejected", reviewReason: "No source", reviewedAt: new Date(), reviewerId: "system:seed" })
          .where(eq(revisions.id, id)),
      ),
    ).toBe("no error");
  });
});
