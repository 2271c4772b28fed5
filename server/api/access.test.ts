import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { eq } from "drizzle-orm";
import { blocMemberships, positions, revisions, users } from "@/db/schema";
import { type Actor, hasRole } from "@/server/auth/access";
import { approveRevision } from "@/server/services/moderation";
import { publishRelease } from "@/server/services/releases";
import { enrolWithSecret } from "@/server/services/second-factor";
import { banUser, setTrusted } from "@/server/services/user-admin";
import { grantRepresentative } from "@/server/services/replies";
import { ACCESS, type Ids, type Rule } from "./access-table";
import { appRouter } from "./root";
import { callerAs, makeAccount, TEST_TOTP_SECRET } from "./testing";

// Every tRPC procedure × every kind of caller, against the table in access-table.ts. A procedure missing from
// the table fails the first test, so nobody can add one without deciding who may call it.

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
