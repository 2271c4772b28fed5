import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { positions, revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount, TEST_PASSWORD } from "@/server/api/testing";
import { errorShape } from "@/server/api/error-shape";
import { type Actor } from "@/server/auth/access";
import { mailerFromEnv } from "@/server/email/mailer";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { sendDueDigests } from "./alerts";
import { resetSecondFactor } from "./second-factor";
import { createUser } from "./users";

// Staff powers need a second factor: a moderator or admin without one acts as a contributor in
// every service (publishing, withdrawn content, alert settings), not only at the procedure tiers.

const SOURCE = "https://example.org/second-factor-source";

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** Everything a caller's answer carries, as the tRPC error formatter writes it. */
const answered = (error: TRPCError) =>
  JSON.stringify(
    errorShape(
      { error, shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400 } } },
      () => undefined,
    ),
  );

describe.each(TEST_DRIVERS)("staff without a second factor on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  let mod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2003, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const proposal = (
    statedOn: string,
    summary = "Kenya's delegate backed the multistakeholder model at the meeting.",
  ) => ({ government: "KEN", topic: "ixps", stance: "mixed" as const, statedOn, summary, sources: [SOURCE] });
  const published = async (positionId: number) =>
    (await t.db.select({ published: positions.published }).from(positions).where(eq(positions.id, positionId)))[0]
      ?.published;
  /** A moderator made by the CLI's path (createUser) with no second factor enrolled. */
  const bareModerator = async () =>
    createUser(t.db, {
      email: `${randomUUID()}@example.org`,
      password: TEST_PASSWORD,
      role: "moderator",
      name: "Bare Mod",
    });
  const resetModerator = async () => {
    const user = await makeAccount(t.db, "moderator", "Reset Mod");
    await resetSecondFactor(t.db, admin, { userId: user.id, reason: "Lost their phone and their codes." });
    return user;
  };
  /** A published position, edited once (so an old base exists), then withdrawn by a moderator with a second factor. */
  const withdrawnPosition = async (secret: string) => {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn });
    const oldBase = await currentRevisionOf(t.db, positionId);
    await mod.contributions.propose({ ...proposal(statedOn, secret), positionId, baseRevisionId: oldBase });
    await mod.moderation.withdrawPosition({
      positionId,
      seenRevisionId: await currentRevisionOf(t.db, positionId),
      reason: "The source was fabricated.",
    });
    expect(await published(positionId)).toBe(false);
    return { positionId, statedOn, oldBase };
  };

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
  });
  afterAll(() => t.destroy());

  it("a moderator without a second factor proposes for review; nothing is published", async () => {
    const bare = callerAs(t.db, (await bareModerator()).id);
    const result = await bare.contributions.propose(proposal(nextDate()));
    expect(result).toMatchObject({ status: "pending", unpatrolled: false });
    expect(await published(result.positionId)).toBe(false);
    const [revision] = await t.db
      .select({ status: revisions.status, reviewerId: revisions.reviewerId })
      .from(revisions)
      .where(eq(revisions.id, result.revisionId));
    expect(revision).toEqual({ status: "pending", reviewerId: null });
  });

  it("a moderator without a second factor proposes for review after an admin resets their second factor; nothing is published", async () => {
    const reset = callerAs(t.db, (await resetModerator()).id);
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn });
    const edit = await reset.contributions.propose({
      ...proposal(statedOn, "An edit that must wait for a moderator's review."),
      positionId,
      baseRevisionId: await currentRevisionOf(t.db, positionId),
    });
    expect(edit.status).toBe("pending");
    const created = await reset.contributions.propose(proposal(nextDate()));
    expect(created.status).toBe("pending");
    expect(await published(created.positionId)).toBe(false);
  });

  it("the conflict answer never shows a withdrawn position's content to someone who is not an effective moderator", async () => {
    const secret = "Withdrawn text nobody but a moderator may read again.";
    const { positionId, statedOn, oldBase } = await withdrawnPosition(secret);
    for (const caller of [callerAs(t.db, (await bareModerator()).id), callerAs(t.db, (await resetModerator()).id)]) {
      // A stale edit: the answer would carry the current (withdrawn) content.
      const stale = await refusal(
        caller.contributions.propose({
          ...proposal(statedOn, "Something else entirely, for the record."),
          positionId,
          baseRevisionId: oldBase,
        }),
      );
      expect(stale.code).toBe("NOT_FOUND");
      expect(answered(stale)).not.toContain(secret);
      // A duplicate of the withdrawn text: "nothing to review" would confirm what it says.
      const duplicate = await caller.contributions.propose(proposal(statedOn, secret));
      expect(duplicate.status).toBe("pending");
      expect(await published(positionId)).toBe(false);
    }
    // An effective moderator still sees it, as the edit form needs.
    const moderatorSees = await refusal(
      mod.contributions.propose({
        ...proposal(statedOn, "A moderator's late edit."),
        positionId,
        baseRevisionId: oldBase,
      }),
    );
    expect(moderatorSees.code).toBe("CONFLICT");
    expect(answered(moderatorSees)).toContain(secret);
  });

  it("alert settings: a moderator without a second factor cannot ask for the moderators' count of proposals waiting", async () => {
    for (const user of [await bareModerator(), await resetModerator()]) {
      const caller = callerAs(t.db, user.id);
      expect(await caller.alerts.save({ dailyDigest: true, proposalsWaiting: true })).toEqual({
        dailyDigest: true,
        proposalsWaiting: false,
        locale: "en",
      });
      expect(await caller.alerts.mine()).toMatchObject({ moderator: false, settings: { proposalsWaiting: false } });
    }
    expect(await mod.alerts.save({ dailyDigest: false, proposalsWaiting: true })).toEqual({
      dailyDigest: false,
      proposalsWaiting: true,
      locale: "en",
    });
  });

  it("alert settings: after an admin resets their second factor, a moderator's digest no longer counts proposals waiting", async () => {
    const smtp = await startTestSmtpServer();
    try {
      const mailer = mailerFromEnv({ EMAIL_SERVER: smtp.url, EMAIL_FROM: "Stance Atlas <alerts@stanceatlas.example>" });
      if (!mailer) throw new Error("no mailer");
      const user = await makeAccount(t.db, "moderator", "Moe Reset");
      await callerAs(t.db, user.id).alerts.save({ dailyDigest: false, proposalsWaiting: true });
      await resetSecondFactor(t.db, admin, { userId: user.id, reason: "Lost their phone and their codes." });
      const contributor = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
      await contributor.contributions.propose({ ...proposal(nextDate()), government: "NIC" });
      await sendDueDigests(t.db, mailer, "https://stanceatlas.example", new Date(Date.now() + 1000));
      expect(smtp.received.filter((m) => m.to.includes(user.email))).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
