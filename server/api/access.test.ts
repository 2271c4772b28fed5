import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { type Role } from "@/db/enums";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { eq } from "drizzle-orm";
import { blocMemberships, positions, revisions, users } from "@/db/schema";
import { type Actor, hasRole } from "@/server/auth/access";
import { approveRevision } from "@/server/services/moderation";
import { publishRelease } from "@/server/services/releases";
import { liveSessionUser } from "@/server/auth/credentials";
import { enrolWithSecret } from "@/server/services/second-factor";
import { banUser, setRole, setTrusted } from "@/server/services/user-admin";
import { grantRepresentative } from "@/server/services/replies";
import { appRouter } from "./root";
import { callerAs, makeAccount, TEST_TOTP_SECRET } from "./testing";

// Every tRPC procedure × every kind of caller. A procedure missing from ACCESS fails the
// first test, so nobody can add one without deciding who may call it.

/**
 * Rows the inputs name, made afresh for each caller so that every allowed call can succeed:
 * `ownPending` is a pending proposal by the caller, `queued` and `toReject` pending proposals by
 * someone else, `oldVersion` an approved revision that is no longer current, `positionId` a published position,
 * `freshDate` a date with no position yet, `openPeriod` a bloc membership period not yet ended,
 * `toPatrol` and `toRevertPatrol` new positions a trusted contributor published, awaiting patrol,
 * `flagId` someone else's open flag, `contested` a position marked contested, `replyId` a reply by
 * Norway's representative (every caller with an account represents Norway too), `representativeId` a
 * link to revoke, `grantEmail` an account to link.
 */
type Ids = {
  target: string;
  positionId: number;
  positionCurrent: number;
  ownPending: number;
  queued: number;
  toReject: number;
  oldVersion: number;
  oldCurrent: number;
  freshDate: string;
  openPeriod: number;
  toPatrol: number;
  toRevertPatrol: number;
  flagId: number;
  contested: number;
  replyId: number;
  representativeId: number;
  grantEmail: string;
};
type Rule = { least: "public" | Role; input?: (ids: Ids) => unknown };

const ACCESS: Record<string, Rule> = {
  "governments.get": { least: "public", input: () => ({ iso3: "BRA" }) },
  "governments.directory": { least: "public" },
  "governments.list": { least: "public" },
  "topics.list": { least: "public" },
  "topics.get": { least: "public", input: () => ({ slug: "ixps" }) },
  "topics.figure": { least: "public", input: () => ({ slug: "ixps", at: "2019-12-28" }) },
  "events.list": { least: "public" },
  "events.detail": { least: "public", input: () => ({ slug: "wtpf-2013" }) },
  "stats.site": { least: "public" },
  "stats.story": { least: "public" },
  "recordCurrency.get": { least: "public" },
  "evidenceBalance.get": { least: "public" },
  "matrix.asOf": { least: "public" },
  "matrix.cells": { least: "public", input: () => ({ at: "2014-01-01" }) },
  "matrix.recordDates": { least: "public", input: () => ({ topics: ["ixps"] }) },
  "matrix.timeline": { least: "public" },
  "positions.list": { least: "public" },
  "positions.detail": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "positions.forEdit": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "positions.record": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "audit.list": { least: "admin", input: () => ({}) },
  "imports.run": {
    least: "moderator",
    input: () => ({
      fileName: "empty.csv",
      text: "government,topic,stance,stated_on,summary,source_url,event,quote\n",
      dryRun: true,
    }),
  },
  "referenceAdmin.topics": { least: "admin" },
  "referenceAdmin.events": { least: "admin" },
  "referenceAdmin.saveTopic": {
    least: "admin",
    input: (ids) => ({
      slug: `t-${ids.freshDate}`,
      title: "A test topic",
      description: "A topic made by the access test.",
      multistakeholderPole: "Everyone decides together.",
      intergovernmentalPole: "Governments decide alone.",
    }),
  },
  "referenceAdmin.saveEvent": {
    least: "admin",
    input: (ids) => ({
      slug: `e-${ids.freshDate}`,
      name: "A test event",
      place: "Geneva",
      startDate: "2020-01-01",
      endDate: "2020-01-02",
    }),
  },
  "referenceAdmin.retireTopic": { least: "admin", input: () => ({ slug: "ipv6-transition", retired: false }) },
  "referenceAdmin.retireEvent": { least: "admin", input: () => ({ slug: "igf-2013", retired: false }) },
  "referenceAdmin.blocs": { least: "admin" },
  "referenceAdmin.saveBloc": {
    least: "admin",
    input: (ids) => ({
      slug: `b-${ids.freshDate}`,
      name: "A test bloc",
      description: "A bloc made by the access test.",
      coverageNote: "",
      coverage: "partial",
    }),
  },
  "referenceAdmin.retireBloc": { least: "admin", input: () => ({ slug: "sco", retired: false }) },
  "referenceAdmin.addMembership": {
    least: "admin",
    input: (ids) => ({
      bloc: "eu",
      government: "NOR",
      joinedOn: ids.freshDate,
      joinedPrecision: "day",
      sourceUrl: "https://example.org/eu",
    }),
  },
  "referenceAdmin.endMembership": {
    least: "admin",
    input: (ids) => ({ id: ids.openPeriod, leftOn: "2030-01-01", leftSourceUrl: "https://example.org/left" }),
  },
  "blocs.list": { least: "public" },
  "blocs.get": { least: "public", input: () => ({ slug: "eu" }) },
  "blocs.periods": { least: "public" },
  "blocs.stances": { least: "public", input: () => ({ slug: "brics", at: "2020-01-01" }) },
  "blocs.compare": { least: "public", input: () => ({ governments: ["RUS", "USA"], at: "2019-12-28" }) },
  "blocs.agreement": { least: "public", input: () => ({ iso3: "RUS" }) },
  "changes.list": { least: "public", input: () => ({}) },
  "log.list": { least: "public", input: () => ({ action: "rejected" }) },
  "moderation.queue": { least: "moderator", input: () => ({}) },
  "moderation.record": { least: "moderator", input: (ids) => ({ id: ids.positionId }) },
  "moderation.replies": { least: "moderator", input: (ids) => ({ id: ids.positionId }) },
  "moderation.approve": { least: "moderator", input: (ids) => ({ revisionId: ids.queued }) },
  "moderation.reject": {
    least: "moderator",
    input: (ids) => ({ revisionId: ids.toReject, reason: "No source for this." }),
  },
  "moderation.revert": {
    least: "moderator",
    input: (ids) => ({
      revisionId: ids.oldVersion,
      seenRevisionId: ids.oldCurrent,
      reason: "Back to the sourced version.",
    }),
  },
  "moderation.withdrawPosition": {
    least: "moderator",
    input: (ids) => ({
      positionId: ids.positionId,
      seenRevisionId: ids.positionCurrent,
      reason: "Misattributed statement.",
    }),
  },
  "moderation.patrolQueue": { least: "moderator" },
  "moderation.markPatrolled": { least: "moderator", input: (ids) => ({ revisionId: ids.toPatrol }) },
  "moderation.revertPatrolled": {
    least: "moderator",
    input: (ids) => ({ revisionId: ids.toRevertPatrol, reason: "Not what the source says." }),
  },
  "flags.flag": {
    least: "contributor",
    input: (ids) => ({ positionId: ids.contested, reason: "The source says the opposite." }),
  },
  "flags.mine": { least: "contributor" },
  "flags.queue": { least: "moderator" },
  "flags.resolve": {
    least: "moderator",
    input: (ids) => ({ flagId: ids.flagId, outcome: "dismissed", note: "The source supports the coding." }),
  },
  "flags.contest": {
    least: "moderator",
    input: (ids) => ({ positionId: ids.contested, note: "Two sources disagree on this." }),
  },
  "flags.clearContest": {
    least: "moderator",
    input: (ids) => ({ positionId: ids.contested, reason: "Settled by a third source." }),
  },
  "contributions.mine": { least: "contributor" },
  "contributions.propose": {
    least: "contributor",
    input: (ids) => ({
      government: "NOR",
      topic: "ixps",
      stance: "mixed",
      statedOn: ids.freshDate,
      summary: "Norway spoke about exchange points.",
      sources: ["https://example.org/norway"],
    }),
  },
  "contributions.withdraw": { least: "contributor", input: (ids) => ({ revisionId: ids.ownPending }) },
  "adminUsers.list": { least: "admin", input: () => ({}) },
  "adminUsers.setRole": { least: "admin", input: (ids) => ({ userId: ids.target, role: "moderator" }) },
  "adminUsers.setTrusted": { least: "admin", input: (ids) => ({ userId: ids.target, trusted: true }) },
  "adminUsers.ban": { least: "admin", input: (ids) => ({ userId: ids.target, reason: "Access table test" }) },
  "adminUsers.unban": { least: "admin", input: (ids) => ({ userId: ids.target }) },
  "adminUsers.resetSecondFactor": {
    least: "admin",
    input: (ids) => ({ userId: ids.target, reason: "Lost their phone and their codes." }),
  },
  "releases.list": { least: "public" },
  "releases.get": { least: "public", input: () => ({ version: 1 }) },
  "releases.preview": { least: "admin" },
  // Release 1 is published before the callers' positions are made: the admin's release has changes to publish.
  "releases.publish": { least: "admin", input: (ids) => ({ note: `The access test's release of ${ids.freshDate}.` }) },
  "watches.status": { least: "contributor", input: () => ({ kind: "government", target: "NOR" }) },
  "watches.set": { least: "contributor", input: () => ({ kind: "topic", target: "ixps", watching: true }) },
  "watches.mine": { least: "contributor" },
  "watches.newFeedToken": { least: "contributor" },
  "watches.revokeFeed": { least: "contributor" },
  "alerts.mine": { least: "contributor" },
  "alerts.save": { least: "contributor", input: () => ({ dailyDigest: true, proposalsWaiting: false }) },
  "replies.forPosition": { least: "public", input: (ids) => ({ id: ids.contested }) },
  "replies.forGovernment": { least: "public", input: () => ({ iso3: "NOR" }) },
  "replies.myRepresentation": { least: "contributor" },
  // Only representatives may post, and only on their own government's positions (replies.test.ts): each caller represents Norway.
  "replies.post": {
    least: "contributor",
    input: (ids) => ({
      positionId: ids.contested,
      body: "Norway's position is stated in full on our ministry's site.",
    }),
  },
  "replies.hide": {
    least: "moderator",
    input: (ids) => ({ replyId: ids.replyId, reason: "Abusive language towards a person." }),
  },
  "replies.representatives": { least: "admin" },
  "replies.grant": {
    least: "admin",
    input: (ids) => ({
      email: ids.grantEmail,
      government: "NOR",
      verificationNote: "A letter from the ministry, checked by phone.",
    }),
  },
  "replies.revoke": {
    least: "admin",
    input: (ids) => ({ representativeId: ids.representativeId, reason: "They left the ministry in March." }),
  },
};

const CALLERS = ["anonymous", "contributor", "banned", "moderator", "admin"] as const;
type CallerKind = (typeof CALLERS)[number];

/** What the caller must be refused with, or null when it may call the procedure. */
function expectedRefusal(rule: Rule, caller: CallerKind): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (rule.least === "public") return null;
  if (caller === "anonymous") return "UNAUTHORIZED";
  if (caller === "banned") return "FORBIDDEN";
  return hasRole(caller, rule.least) ? null : "FORBIDDEN";
}

/** The caller's procedure at a dotted path ("moderation.approve"), found at run time as the table names it. */
function procedureAt(caller: object, path: string): (input?: unknown) => Promise<unknown> {
  const [group = "", name = ""] = path.split(".");
  const procedures: unknown = Reflect.get(caller, group);
  const procedure: unknown = procedures instanceof Object ? Reflect.get(procedures, name) : undefined;
  if (typeof procedure !== "function") throw new Error(`No procedure ${path}`);
  return async (input) => procedure(input);
}

describe.each(TEST_DRIVERS)("who may call what, on %s", (kind) => {
  let t: TestDatabase;
  const userIds: Partial<Record<CallerKind, string | null>> = { anonymous: null };
  let target: string;
  const kits = new Map<CallerKind, Omit<Ids, "target">>();

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    for (const role of ["contributor", "moderator", "admin"] as const)
      userIds[role] = (await makeAccount(t.db, role)).id;
    const banned = await makeAccount(t.db, "contributor");
    const admin: Actor = { id: userIds.admin ?? "", name: "Admin", role: "admin" };
    await banUser(t.db, admin, { userId: banned.id, reason: "Spam" });
    userIds.banned = banned.id;
    target = (await makeAccount(t.db, "contributor")).id;
    await enrolWithSecret(t.db, target, TEST_TOTP_SECRET); // may be made a moderator
    const someone = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    const verified = "A letter from the ministry, checked by phone.";
    const linkTo = async (email: string) =>
      (await grantRepresentative(t.db, admin, { email, government: "NOR", verificationNote: verified }))
        .representativeId;
    const emails = new Map(
      (await t.db.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.id, u.email ?? ""]),
    );
    for (const role of ["contributor", "moderator", "admin"] as const)
      await linkTo(emails.get(userIds[role] ?? "") ?? "");
    const rep = await makeAccount(t.db, "contributor");
    await linkTo(rep.email);
    const representative = callerAs(t.db, rep.id);
    const representativeId = await linkTo((await makeAccount(t.db, "contributor")).email);
    const grantEmail = (await makeAccount(t.db, "contributor")).email;
    const trustedId = (await makeAccount(t.db, "contributor")).id;
    await setTrusted(t.db, admin, { userId: trustedId, trusted: true });
    const trusted = callerAs(t.db, trustedId);
    let day = 0;
    const nextDate = () => new Date(Date.UTC(2000, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
    const proposal = (statedOn: string) => ({
      government: "NOR",
      topic: "ixps",
      stance: "mixed" as const,
      statedOn,
      summary: "Norway spoke about exchange points.",
      sources: ["https://example.org/norway"],
    });
    const currentOf = async (id: number) =>
      (await t.db.select({ r: positions.currentRevisionId }).from(positions).where(eq(positions.id, id)))[0]?.r ?? 0;
    const contestedPosition = async (statedOn: string) => {
      const id = await approvedPosition(t.db, { government: "NOR", topic: "ixps", stance: "mixed", statedOn });
      await t.db
        .update(positions)
        .set({ contestedNote: "Sources disagree.", contestedAt: new Date() })
        .where(eq(positions.id, id));
      return id;
    };
    await publishRelease(t.db, { note: "The seeded data, for the access test." }, admin, new URL("http://localhost"));
    for (const caller of CALLERS) {
      const [published, edited] = [nextDate(), nextDate()];
      const contested = await contestedPosition(nextDate());
      const positionId = await approvedPosition(t.db, {
        government: "NOR",
        topic: "ixps",
        stance: "mixed",
        statedOn: published,
      });
      const old = await approvedPosition(t.db, { government: "NOR", topic: "ixps", stance: "mixed", statedOn: edited });
      const oldVersion = await currentOf(old);
      const edit = await someone.contributions.propose({
        ...proposal(edited),
        stance: "intergovernmental",
        positionId: old,
        baseRevisionId: oldVersion,
      });
      await approveRevision(t.db, admin, { revisionId: edit.revisionId });
      const [own] = await t.db
        .insert(revisions)
        .values({
          positionId,
          authorId: userIds[caller] ?? target,
          stance: "mixed",
          statedOn: published,
          summary: "A pending proposal of the caller's own.",
          sources: ["https://example.org/own"],
        })
        .returning({ id: revisions.id });
      kits.set(caller, {
        positionId,
        positionCurrent: await currentOf(positionId),
        oldVersion,
        oldCurrent: await currentOf(old),
        ownPending: own?.id ?? 0,
        queued: (await someone.contributions.propose(proposal(nextDate()))).revisionId,
        toReject: (await someone.contributions.propose(proposal(nextDate()))).revisionId,
        toPatrol: (await trusted.contributions.propose(proposal(nextDate()))).revisionId,
        toRevertPatrol: (await trusted.contributions.propose(proposal(nextDate()))).revisionId,
        flagId: (await someone.flags.flag({ positionId, reason: "This looks misattributed to me." })).flagId,
        contested,
        replyId: (
          await representative.replies.post({
            positionId: contested,
            body: "Norway's delegation stated this differently.",
          })
        ).replyId,
        representativeId,
        grantEmail,
        freshDate: nextDate(),
        openPeriod:
          (
            await t.db
              .insert(blocMemberships)
              .values({
                blocSlug: "foc",
                governmentIso3: "BRA",
                joinedOn: nextDate(),
                sourceUrl: "https://example.org/foc",
              })
              .returning({ id: blocMemberships.id })
          )[0]?.id ?? 0,
      });
    }
  });
  afterAll(() => t.destroy());

  it("has a rule for every procedure", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const cases = Object.entries(ACCESS).flatMap(([path, rule]) =>
    CALLERS.map((caller) => [path, caller, rule] as const),
  );
  it.each(cases)("%s as %s", async (path, caller, rule) => {
    const kit = kits.get(caller);
    if (!kit) throw new Error(`No rows for ${caller}`);
    const call = procedureAt(callerAs(t.db, userIds[caller] ?? null), path);
    const outcome = await call(rule.input?.({ ...kit, target })).then(
      () => null,
      (e: unknown) => e,
    );
    const refusal = expectedRefusal(rule, caller);
    if (refusal) {
      expect(outcome instanceof TRPCError ? outcome.code : outcome).toBe(refusal);
    } else {
      // Allowed: it ran (an error here would be about the input, never about who is asking).
      expect(outcome).toBeNull();
    }
  });
});

describe.each(TEST_DRIVERS)("changes to an account reach its open session at once, on %s", (kind) => {
  let t: TestDatabase;
  let admin: { id: string; name: string; role: "admin" };
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    admin = { ...(await makeAccount(t.db, "admin")), role: "admin" };
  });
  afterAll(() => t.destroy());

  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
    );

  it("a ban stops writes on the next request and ends the session", async () => {
    const user = await makeAccount(t.db, "contributor");
    const session = callerAs(t.db, user.id);
    expect(await code(session.contributions.mine())).toBe("OK");
    expect(await liveSessionUser(t.db, user.id, 0)).not.toBeNull();
    await banUser(t.db, admin, { userId: user.id, reason: "Vandalism" });
    expect(await code(session.contributions.mine())).toBe("FORBIDDEN");
    expect(await liveSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await liveSessionUser(t.db, user.id, 1)).toBeNull();
  });

  it("a role change applies to the next request of an open session", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    const session = callerAs(t.db, user.id);
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
    await setRole(t.db, admin, { userId: user.id, role: "admin" });
    expect(await code(session.adminUsers.list({}))).toBe("OK");
    await setRole(t.db, admin, { userId: user.id, role: "contributor" });
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
  });
});
