import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { auditLog, positions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { moderationLog } from "./moderation-log";
import { getPosition } from "./positions";
import { publishedPositionReplies } from "./replies";

// A government's right of reply: who may reply to what, what readers see, and what moderators may do.

const VERIFIED = "A letter from the foreign ministry's official address, confirmed by phone.";

describe.each(TEST_DRIVERS)("government right of reply on %s", (kind) => {
  let t: TestDatabase;
  let admin: ReturnType<typeof callerAs>;
  let mod: ReturnType<typeof callerAs>;
  let rep: ReturnType<typeof callerAs>;
  let repEmail: string;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2008, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
    );
  const published = (government: string) =>
    approvedPosition(t.db, { government, topic: "ixps", stance: "intergovernmental", statedOn: nextDate() });

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    admin = callerAs(t.db, (await makeAccount(t.db, "admin", "Ada")).id);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const account = await makeAccount(t.db, "contributor", "Rosa Rep");
    repEmail = account.email;
    rep = callerAs(t.db, account.id);
    await admin.replies.grant({ email: repEmail, government: "ARG", verificationNote: VERIFIED });
  });
  afterAll(() => t.destroy());

  it("lets a representative reply to its own government's position, shown beside it without changing the coding", async () => {
    const positionId = await published("ARG");
    await rep.replies.post({
      positionId,
      body: "Argentina supports open exchange points run by their members.",
      sourceUrl: "https://example.org/argentina",
    });
    expect(await publishedPositionReplies(t.db, positionId)).toEqual([
      expect.objectContaining({
        government: { iso3: "ARG", name: "Argentina" },
        body: "Argentina supports open exchange points run by their members.",
        sourceUrl: "https://example.org/argentina",
        hidden: null,
      }),
    ]);
    expect((await admin.replies.forGovernment({ iso3: "ARG" })).map((r) => r.positionId)).toContain(positionId);
    expect(await getPosition(t.db, positionId)).toMatchObject({ stance: "intergovernmental" });
    expect(await rep.replies.myRepresentation()).toMatchObject({ iso3: "ARG", name: "Argentina" });
  });

  it("keeps the language a reply is written in, so pages mark it (a Spanish reply on an English page)", async () => {
    const positionId = await published("ARG");
    const body = "La Argentina apoya los puntos de intercambio abiertos gestionados por sus miembros.";
    await rep.replies.post({ positionId, body, language: "es" });
    expect(await publishedPositionReplies(t.db, positionId)).toEqual([
      expect.objectContaining({ body, language: "es" }),
    ]);
    expect(await code(rep.replies.post({ positionId, body, language: "pt" as "es" }))).toMatch(/BAD_REQUEST/);
  });

  it("shows no reply to a withdrawn position over tRPC, except to a moderator", async () => {
    const positionId = await published("ARG");
    await rep.replies.post({
      positionId,
      body: "Argentina's reply to a position a moderator then withdrew.",
      sourceUrl: "https://example.org/argentina",
    });
    expect(await callerAs(t.db, null).replies.forPosition({ id: positionId })).toHaveLength(1);
    await mod.moderation.withdrawPosition({
      positionId,
      seenRevisionId: await currentRevisionOf(t.db, positionId),
      reason: "Attributed to the wrong government.",
    });
    for (const caller of [callerAs(t.db, null), rep, callerAs(t.db, (await makeAccount(t.db, "contributor")).id)]) {
      expect(await code(caller.replies.forPosition({ id: positionId }))).toBe(
        `NOT_FOUND: No published position has the id ${positionId}.`,
      );
    }
    expect(await code(rep.moderation.replies({ id: positionId }))).toMatch(/^FORBIDDEN/);
    expect((await mod.moderation.replies({ id: positionId })).map((r) => r.body)).toEqual([
      "Argentina's reply to a position a moderator then withdrew.",
    ]);
  });

  it("refuses a reply to another government's position, by someone who represents no government, and bad input", async () => {
    const chile = await published("CHL");
    expect(await code(rep.replies.post({ positionId: chile, body: "Chile is wrong about this." }))).toBe(
      "FORBIDDEN: You represent Argentina: you can reply to its positions only.",
    );
    const reader = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    expect(
      await code(reader.replies.post({ positionId: await published("ARG"), body: "I speak for Argentina." })),
    ).toBe("FORBIDDEN: Only a government's official representative can reply to its positions.");
    expect(
      await code(
        mod.replies.post({ positionId: await published("ARG"), body: "A moderator is not a representative." }),
      ),
    ).toMatch(/^FORBIDDEN/);
    const own = await published("ARG");
    expect(await code(rep.replies.post({ positionId: own, body: "x".repeat(2001) }))).toMatch(
      /^BAD_REQUEST[\s\S]*2000 characters or fewer/,
    );
    expect(
      await code(rep.replies.post({ positionId: own, body: "See our statement.", sourceUrl: "javascript:alert(1)" })),
    ).toMatch(/^BAD_REQUEST[\s\S]*starting with http:\/\/ or https:\/\//);
    await t.db.update(positions).set({ published: false }).where(eq(positions.id, own));
    expect(await code(rep.replies.post({ positionId: own, body: "A reply to a withdrawn position." }))).toMatch(
      /^NOT_FOUND/,
    );
    expect(await publishedPositionReplies(t.db, chile)).toEqual([]);
  });

  it("hides a reply for abuse with a public reason: readers see the reason, not the text, and the log shows it", async () => {
    const positionId = await published("ARG");
    const { replyId } = await rep.replies.post({ positionId, body: "An insult to the coders." });
    await mod.replies.hide({ replyId, reason: "Insults a named person; not a reply on substance." });
    const [shown] = await publishedPositionReplies(t.db, positionId);
    expect(shown).toMatchObject({
      body: null,
      sourceUrl: null,
      hidden: { reason: "Insults a named person; not a reply on substance.", by: "Mo" },
    });
    expect((await moderationLog(t.db, { action: "reply_hidden" })).entries[0]).toMatchObject({
      moderator: "Mo",
      reason: "Insults a named person; not a reply on substance.",
      position: { id: positionId },
    });
    expect(await code(mod.replies.hide({ replyId, reason: "Again, for the same insult." }))).toBe(
      "CONFLICT: This reply is already hidden.",
    );
  });

  it("links an account to one government at a time, audited; a revoked representative can reply no more", async () => {
    const account = await makeAccount(t.db, "contributor", "Pablo Rep");
    const { representativeId } = await admin.replies.grant({
      email: account.email,
      government: "URY",
      verificationNote: VERIFIED,
    });
    expect(
      await code(admin.replies.grant({ email: account.email, government: "PRY", verificationNote: VERIFIED })),
    ).toBe("CONFLICT: Pablo Rep already represents Uruguay; revoke that first.");
    expect(
      await code(admin.replies.grant({ email: "nobody@example.org", government: "URY", verificationNote: VERIFIED })),
    ).toMatch(/^BAD_REQUEST: No account has this email address/);
    expect(
      await code(admin.replies.grant({ email: account.email, government: "URY", verificationNote: "ok" })),
    ).toMatch(/^BAD_REQUEST/);
    const pablo = callerAs(t.db, account.id);
    const positionId = await published("URY");
    await pablo.replies.post({ positionId, body: "Uruguay's view is in its 2014 submission." });
    await admin.replies.revoke({ representativeId, reason: "Left the ministry in March." });
    expect(await code(pablo.replies.post({ positionId, body: "One more reply." }))).toBe(
      "FORBIDDEN: Only a government's official representative can reply to its positions.",
    );
    expect(await publishedPositionReplies(t.db, positionId)).toHaveLength(1); // what they posted stays
    const audit = await t.db
      .select({ action: auditLog.action, reason: auditLog.reason })
      .from(auditLog)
      .where(eq(auditLog.targetId, account.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "representative.grant", reason: VERIFIED },
        { action: "representative.revoke", reason: "Left the ministry in March." },
      ]),
    );
    expect((await admin.replies.representatives()).find((r) => r.id === representativeId)).toMatchObject({
      government: { iso3: "URY" },
      revokeReason: "Left the ministry in March.",
    });
  });
});
