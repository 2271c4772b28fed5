import { TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { auditLog, revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { matrixAsOf } from "./matrix";
import { listPositions } from "./positions";

// Review, conflicts, reverts and withdrawals, through the tRPC procedures moderators use.

const SOURCE = "https://example.org/source";

describe.each(TEST_DRIVERS)("moderation on %s", (kind) => {
  let t: TestDatabase;
  let author: ReturnType<typeof callerAs>;
  let authorId: string;
  let mod: ReturnType<typeof callerAs>;
  let otherMod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2005, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    authorId = (await makeAccount(t.db, "contributor", "Casey")).id;
    author = callerAs(t.db, authorId);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    otherMod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Max")).id);
  });
  afterAll(() => t.destroy());

  const stanceAsOf = async (iso3: string, topic: string, at: string) =>
    (await matrixAsOf(t.db, { at, topics: [topic] })).rows.find((r) => r.iso3 === iso3)?.cells[topic]?.stance ?? null;
  const currentOf = (positionId: number) => currentRevisionOf(t.db, positionId);
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
    );

  async function publishedWithEdit(stance: "mixed" | "intergovernmental" = "mixed") {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government: "IND", topic: "ixps", stance, statedOn });
    const base = await currentOf(positionId);
    const edit = await author.contributions.propose({
      government: "IND",
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn,
      summary: "India's delegate spoke for community-run exchange points.",
      sources: [SOURCE],
      positionId,
      baseRevisionId: base,
    });
    return { positionId, statedOn, base, edit };
  }

  it("shows a pending edit in the queue with the current version and the author's record, then publishes it on approval", async () => {
    const { positionId, statedOn, edit } = await publishedWithEdit();
    const queue = await mod.moderation.queue({ government: "IND" });
    const item = queue.items.find((i) => i.revisionId === edit.revisionId);
    expect(item).toMatchObject({
      stale: false,
      position: { id: positionId, iso3: "IND", topic: "ixps" },
      proposal: { stance: "leans_multistakeholder" },
      current: { stance: "mixed" },
      author: { name: "Casey" },
    });
    expect(queue.authors).toContainEqual({ id: authorId, name: "Casey" });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("mixed");

    await mod.moderation.approve({ revisionId: edit.revisionId });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("leans_multistakeholder");
    expect((await mod.moderation.queue({})).items.some((i) => i.revisionId === edit.revisionId)).toBe(false);
    const mine = await author.contributions.mine();
    expect(mine.find((c) => c.revisionId === edit.revisionId)).toMatchObject({
      status: "approved",
      reviewer: "Mo",
      published: true,
    });
    expect((await mod.moderation.queue({ author: authorId })).items.every((i) => i.author.approved >= 1)).toBe(true);
  });

  it("rejects with a reason the author sees; nothing public changes", async () => {
    const { statedOn, edit } = await publishedWithEdit("intergovernmental");
    expect(await code(mod.moderation.reject({ revisionId: edit.revisionId, reason: " " }))).toMatch(/^BAD_REQUEST/);
    await mod.moderation.reject({ revisionId: edit.revisionId, reason: "The source does not say this." });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("intergovernmental");
    expect((await author.contributions.mine()).find((c) => c.revisionId === edit.revisionId)).toMatchObject({
      status: "rejected",
      reviewReason: "The source does not say this.",
      reviewer: "Mo",
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(edit.revisionId)));
    expect(entry).toMatchObject({ action: "revision.reject", reason: "The source does not say this." });
  });

  it("lets exactly one of two moderators acting on one proposal at once win; the other is told", async () => {
    for (const [first, second] of [
      ["approve", "reject"],
      ["approve", "approve"],
      ["reject", "reject"],
    ] as const) {
      const { edit } = await publishedWithEdit();
      const act = (caller: typeof mod, action: "approve" | "reject") =>
        action === "approve"
          ? caller.moderation.approve({ revisionId: edit.revisionId })
          : caller.moderation.reject({ revisionId: edit.revisionId, reason: "Not supported by the source." });
      const outcomes = await Promise.all([code(act(mod, first)), code(act(otherMod, second))]);
      expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
      expect(outcomes.find((o) => o !== "OK")).toMatch(
        /^CONFLICT: Someone got there first: this proposal was already (approved|rejected) by (Mo|Max)\.$/,
      );
      const [row] = await t.db
        .select({ status: revisions.status })
        .from(revisions)
        .where(eq(revisions.id, edit.revisionId));
      expect(["approved", "rejected"]).toContain(row?.status);
    }
  });

  it("marks a proposal whose base went stale, and approves it only with per-field choices", async () => {
    const { positionId, statedOn, base, edit } = await publishedWithEdit();
    const rival = await author.contributions.propose({
      government: "IND",
      topic: "ixps",
      stance: "intergovernmental",
      statedOn,
      summary: "A rival edit made from the same version.",
      sources: [SOURCE],
      positionId,
      baseRevisionId: base,
    });
    await mod.moderation.approve({ revisionId: edit.revisionId });

    const item = (await mod.moderation.queue({ government: "IND" })).items.find(
      (i) => i.revisionId === rival.revisionId,
    );
    expect(item).toMatchObject({
      stale: true,
      base: { revisionId: base, stance: "mixed" },
      current: { stance: "leans_multistakeholder" },
      proposal: { stance: "intergovernmental" },
    });
    expect(await code(mod.moderation.approve({ revisionId: rival.revisionId }))).toMatch(
      /^CONFLICT: Another edit of this position was approved/,
    );

    // Take the rival's stance, keep the current summary.
    const { publishedRevisionId } = await mod.moderation.approve({
      revisionId: rival.revisionId,
      take: { stance: "proposal", summary: "current" },
    });
    const [merged] = await t.db.select().from(revisions).where(eq(revisions.id, publishedRevisionId));
    expect(merged).toMatchObject({
      stance: "intergovernmental",
      summary: "India's delegate spoke for community-run exchange points.",
      authorId,
      status: "approved",
    });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("intergovernmental");
    const [closed] = await t.db.select().from(revisions).where(eq(revisions.id, rival.revisionId));
    expect(closed?.reviewReason).toBe(
      `Merged with the version approved meanwhile and published as revision #${publishedRevisionId}.`,
    );
  });

  it("publishes a moderator's own proposal at once, marked self-approved", async () => {
    const statedOn = nextDate();
    const result = await mod.contributions.propose({
      government: "ZAF",
      topic: "ixps",
      stance: "mixed",
      statedOn,
      summary: "South Africa described its mixed IXP model.",
      sources: [SOURCE],
    });
    expect(result.status).toBe("approved");
    expect(await stanceAsOf("ZAF", "ixps", statedOn)).toBe("mixed");
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(result.revisionId)));
    expect(entry?.action).toBe("revision.self_approve");
  });

  it("reverts to an earlier version: the matrix shows it again and the history keeps all three", async () => {
    const { positionId, statedOn, base, edit } = await publishedWithEdit();
    await mod.moderation.approve({ revisionId: edit.revisionId });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("leans_multistakeholder");
    await mod.moderation.revert({
      revisionId: base ?? 0,
      seenRevisionId: await currentOf(positionId),
      reason: "The edit misread the source.",
    });
    expect(await stanceAsOf("IND", "ixps", statedOn)).toBe("mixed");
    const record = await author.positions.record({ id: positionId });
    expect(record.revisions.map((r) => [r.stance, r.revertOfId, r.current])).toEqual([
      ["mixed", null, false],
      ["leans_multistakeholder", null, false],
      ["mixed", base, true],
    ]);
    expect(
      await code(
        mod.moderation.revert({
          revisionId: record.revisions[2]?.id ?? 0,
          seenRevisionId: await currentOf(positionId),
          reason: "again",
        }),
      ),
    ).toMatch(/^CONFLICT: That is already the current version/);
  });

  it("withdraws a position from every public view, and a revert brings it back", async () => {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government: "EGY", topic: "ixps", stance: "mixed", statedOn });
    const before = await currentOf(positionId);
    await mod.moderation.withdrawPosition({
      positionId,
      seenRevisionId: before,
      reason: "Attributed to the wrong government.",
    });
    expect(await stanceAsOf("EGY", "ixps", statedOn)).toBeNull();
    expect(await listPositions(t.db, { government: "EGY" })).toEqual([]);
    expect(await code(author.positions.record({ id: positionId }))).toMatch(/^NOT_FOUND/);
    expect((await mod.moderation.record({ id: positionId })).revisions.at(-1)).toMatchObject({
      hidesPosition: true,
      current: true,
    });
    await mod.moderation.revert({
      revisionId: before,
      seenRevisionId: await currentOf(positionId),
      reason: "Checked again: it was Egypt.",
    });
    expect(await stanceAsOf("EGY", "ixps", statedOn)).toBe("mixed");
  });

  it("refuses a revert or withdrawal when the position changed since the moderator saw it (409), and changes nothing", async () => {
    const { positionId, base, edit } = await publishedWithEdit();
    const seen = await currentOf(positionId); // the page the moderator has open
    await mod.moderation.approve({ revisionId: edit.revisionId }); // another moderator approves meanwhile
    const now = await currentOf(positionId);
    expect(
      await code(
        mod.moderation.revert({ revisionId: base ?? 0, seenRevisionId: seen, reason: "Back to the sourced version." }),
      ),
    ).toBe(
      `CONFLICT: This position changed while you were looking at it: revision #${now} is now current, not #${seen}. Reload the page to see it, then decide again.`,
    );
    expect(
      await code(mod.moderation.withdrawPosition({ positionId, seenRevisionId: seen, reason: "Checking the source." })),
    ).toMatch(/^CONFLICT: This position changed/);
    expect(await currentOf(positionId)).toBe(now);
  });

  it("changes nothing in any revision but a pending one's review fields, whatever moderators do", async () => {
    const { positionId, statedOn, base, edit } = await publishedWithEdit();
    const rival = await author.contributions.propose({
      government: "IND",
      topic: "ixps",
      stance: "intergovernmental",
      statedOn,
      summary: "Another edit from the same base.",
      sources: [SOURCE],
      positionId,
      baseRevisionId: base,
    });
    const before = await t.db.select().from(revisions).orderBy(asc(revisions.id));

    await mod.moderation.approve({ revisionId: edit.revisionId });
    await mod.moderation.approve({ revisionId: rival.revisionId, take: { summary: "current" } });
    await mod.moderation.revert({
      revisionId: base ?? 0,
      seenRevisionId: await currentOf(positionId),
      reason: "Back to the original.",
    });
    await mod.moderation.withdrawPosition({
      positionId,
      seenRevisionId: await currentOf(positionId),
      reason: "Checking the source.",
    });

    const after = await t.db.select().from(revisions).orderBy(asc(revisions.id));
    expect(after.length).toBe(before.length + 3); // the merge, the revert and the withdrawal were appended
    const REVIEW_FIELDS = ["status", "reviewerId", "reviewedAt", "reviewReason"] as const;
    const withoutReview = (row: (typeof before)[number]) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !(REVIEW_FIELDS as readonly string[]).includes(key)));
    for (const old of before) {
      const now = after.find((r) => r.id === old.id);
      if (old.status === "pending") expect(withoutReview(now ?? old)).toEqual(withoutReview(old));
      else expect(now).toEqual(old);
    }
  });
});
