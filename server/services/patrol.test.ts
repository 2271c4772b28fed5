import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { auditLog, positions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { matrixAsOf } from "./matrix";
import { moderationLog } from "./moderation-log";
import { listUsers, setTrusted, TRUST_ELIGIBLE_AFTER, trustEligible } from "./user-admin";

// Trusted contributors publish at once; moderators patrol what they published.

const SOURCE = "https://example.org/source";

describe.each(TEST_DRIVERS)("trusted contributors and patrol on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  let trustedId: string;
  let trusted: ReturnType<typeof callerAs>;
  let mod: ReturnType<typeof callerAs>;
  let otherMod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2006, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const proposal = (statedOn: string, stance: "mixed" | "intergovernmental" = "mixed") => ({
    government: "KEN",
    topic: "ixps",
    stance,
    statedOn,
    summary: "Kenya's delegate spoke about exchange points.",
    sources: [SOURCE],
  });
  const stanceAsOf = async (at: string) =>
    (await matrixAsOf(t.db, { at, topics: ["ixps"] })).rows.find((r) => r.iso3 === "KEN")?.cells.ixps?.stance ?? null;
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
    );

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
    trustedId = (await makeAccount(t.db, "contributor", "Tess")).id;
    await setTrusted(t.db, admin, { userId: trustedId, trusted: true, reason: "Forty careful edits." });
    trusted = callerAs(t.db, trustedId);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    otherMod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Max")).id);
  });
  afterAll(() => t.destroy());

  it("publishes a trusted contributor's proposal at once and puts it in the patrol queue, not the review queue", async () => {
    const statedOn = nextDate();
    const result = await trusted.contributions.propose(proposal(statedOn, "intergovernmental"));
    expect(result).toMatchObject({ status: "approved", unpatrolled: true });
    expect(await stanceAsOf(statedOn)).toBe("intergovernmental");
    expect((await mod.moderation.queue({})).items.some((i) => i.revisionId === result.revisionId)).toBe(false);
    const patrol = await mod.moderation.patrolQueue();
    expect(patrol.items.find((i) => i.revisionId === result.revisionId)).toMatchObject({
      author: { name: "Tess" },
      position: { iso3: "KEN" },
      published: { stance: "intergovernmental" },
      before: null,
      isCurrent: true,
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "revision.trusted_publish"), eq(auditLog.targetId, String(result.revisionId))));
    expect(entry?.actorId).toBe(trustedId);
  });

  it("marks an edit patrolled once, audited and in the public log; a second moderator is told who did it", async () => {
    const result = await trusted.contributions.propose(proposal(nextDate()));
    await mod.moderation.markPatrolled({ revisionId: result.revisionId });
    expect((await mod.moderation.patrolQueue()).items.some((i) => i.revisionId === result.revisionId)).toBe(false);
    expect(await code(otherMod.moderation.markPatrolled({ revisionId: result.revisionId }))).toBe(
      "CONFLICT: Someone got there first: this edit was already patrolled by Mo.",
    );
    const log = await moderationLog(t.db, { action: "patrolled" });
    expect(log.entries[0]).toMatchObject({ action: "patrolled", moderator: "Mo", position: { id: result.positionId } });
  });

  it("reverts an edit to the version before it, and withdraws a new position, with the reason logged", async () => {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn });
    const base = await currentRevisionOf(t.db, positionId);
    const edit = await trusted.contributions.propose({
      ...proposal(statedOn, "intergovernmental"),
      positionId,
      baseRevisionId: base,
    });
    expect(await stanceAsOf(statedOn)).toBe("intergovernmental");
    expect(
      (await mod.moderation.patrolQueue()).items.find((i) => i.revisionId === edit.revisionId)?.before,
    ).toMatchObject({ stance: "mixed" });
    await mod.moderation.revertPatrolled({ revisionId: edit.revisionId, reason: "The source says the opposite." });
    expect(await stanceAsOf(statedOn)).toBe("mixed");
    expect((await moderationLog(t.db, { action: "reverted" })).entries[0]).toMatchObject({
      reason: "The source says the opposite.",
      position: { id: positionId },
    });

    const created = await trusted.contributions.propose(proposal(nextDate()));
    await mod.moderation.revertPatrolled({
      revisionId: created.revisionId,
      reason: "No such statement in the source.",
    });
    expect(
      (
        await t.db
          .select({ published: positions.published })
          .from(positions)
          .where(eq(positions.id, created.positionId))
      )[0]?.published,
    ).toBe(false);
    expect(await code(otherMod.moderation.revertPatrolled({ revisionId: created.revisionId, reason: "Me too." }))).toBe(
      "CONFLICT: Someone got there first: this edit was already reverted by Mo.",
    );
  });

  it("of two moderators deciding on one patrol at once, one wins and the other is told someone else already did", async () => {
    for (const decideSecond of [
      (revisionId: number) =>
        otherMod.moderation.revertPatrolled({ revisionId, reason: "Me too, at the same moment." }),
      (revisionId: number) => otherMod.moderation.markPatrolled({ revisionId }),
    ]) {
      const created = await trusted.contributions.propose(proposal(nextDate())); // undone by withdrawing it
      const statedOn = nextDate();
      const first = await trusted.contributions.propose(proposal(statedOn));
      await mod.moderation.markPatrolled({ revisionId: first.revisionId });
      const edit = await trusted.contributions.propose({
        ...proposal(statedOn, "intergovernmental"),
        positionId: first.positionId,
        baseRevisionId: first.revisionId,
      }); // undone by a revert
      for (const revisionId of [created.revisionId, edit.revisionId]) {
        const outcomes = await Promise.all([
          code(mod.moderation.revertPatrolled({ revisionId, reason: "Not what the source says." })),
          code(decideSecond(revisionId)),
        ]);
        expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
        expect(outcomes.filter((o) => o !== "OK")).toEqual([
          expect.stringMatching(
            /^CONFLICT: Someone got there first: this edit was already (reverted|patrolled) by (Mo|Max)\.$/,
          ),
        ]);
      }
    }
  });

  it("refuses to revert an edit the position has moved on from, and a revert without a reason; nothing changes", async () => {
    const statedOn = nextDate();
    const first = await trusted.contributions.propose(proposal(statedOn));
    const second = await trusted.contributions.propose({
      ...proposal(statedOn, "intergovernmental"),
      positionId: first.positionId,
      baseRevisionId: first.revisionId,
    });
    expect((await mod.moderation.patrolQueue()).items.find((i) => i.revisionId === first.revisionId)?.isCurrent).toBe(
      false,
    );
    expect(await code(mod.moderation.revertPatrolled({ revisionId: first.revisionId, reason: "Wrong." }))).toMatch(
      /^CONFLICT: This position changed while you were looking at it/,
    );
    expect(await code(mod.moderation.revertPatrolled({ revisionId: second.revisionId, reason: "" }))).toMatch(
      /^BAD_REQUEST/,
    );
    expect(await stanceAsOf(statedOn)).toBe("intergovernmental");
    expect((await mod.moderation.patrolQueue()).items.map((i) => i.revisionId)).toEqual(
      expect.arrayContaining([first.revisionId, second.revisionId]),
    );
  });

  it("a trusted contributor cannot bring a withdrawn position back by proposing it again as new: it waits for a moderator's review", async () => {
    const statedOn = nextDate();
    const created = await trusted.contributions.propose(proposal(statedOn, "intergovernmental"));
    await mod.moderation.revertPatrolled({
      revisionId: created.revisionId,
      reason: "No such statement in the source.",
    });
    const again = await trusted.contributions.propose(proposal(statedOn, "intergovernmental"));
    expect(again).toMatchObject({
      positionId: created.positionId,
      mergedIntoExisting: true,
      status: "pending",
      unpatrolled: false,
    });
    const isPublished = async () =>
      (
        await t.db
          .select({ published: positions.published })
          .from(positions)
          .where(eq(positions.id, created.positionId))
      )[0]?.published;
    expect(await isPublished()).toBe(false);
    expect((await mod.moderation.queue({})).items.some((i) => i.revisionId === again.revisionId)).toBe(true);
    // A moderator's own "new" proposal that lands on it waits for review too: a withdrawal is undone on purpose only.
    expect((await mod.contributions.propose(proposal(statedOn))).status).toBe("pending");
    expect(await isPublished()).toBe(false);
  });

  it("stops publishing at once when trust is taken back, audited both ways", async () => {
    const userId = (await makeAccount(t.db, "contributor", "Uma")).id;
    await setTrusted(t.db, admin, { userId, trusted: true });
    await expect(setTrusted(t.db, admin, { userId, trusted: true })).rejects.toThrow("Uma is already trusted.");
    await setTrusted(t.db, admin, { userId, trusted: false, reason: "Two careless edits." });
    const result = await callerAs(t.db, userId).contributions.propose(proposal(nextDate()));
    expect(result).toMatchObject({ status: "pending", unpatrolled: false });
    const audit = await t.db
      .select({ action: auditLog.action, reason: auditLog.reason })
      .from(auditLog)
      .where(eq(auditLog.targetId, userId));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "user.trust", reason: null },
        { action: "user.untrust", reason: "Two careless edits." },
      ]),
    );
  });

  it(`shows admins who is eligible for trust after ${TRUST_ELIGIBLE_AFTER} approved proposals and no rejection, without trusting them`, async () => {
    const author = await makeAccount(t.db, "contributor", "Eli");
    const eli = callerAs(t.db, author.id);
    for (let i = 0; i < TRUST_ELIGIBLE_AFTER; i++)
      await mod.moderation.approve({ revisionId: (await eli.contributions.propose(proposal(nextDate()))).revisionId });
    const listed = (await listUsers(t.db, { q: "Eli" })).users[0];
    expect(listed).toMatchObject({ trusted: false, record: { approved: TRUST_ELIGIBLE_AFTER, rejected: 0 } });
    expect(listed && trustEligible(listed)).toBe(true);
    await mod.moderation.reject({
      revisionId: (await eli.contributions.propose(proposal(nextDate()))).revisionId,
      reason: "No source for this.",
    });
    const after = (await listUsers(t.db, { q: "Eli" })).users[0];
    expect(after && trustEligible(after)).toBe(false);
  });
});
