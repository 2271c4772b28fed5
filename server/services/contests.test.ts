import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { auditLog, flags, positions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { matrixAsOf } from "./matrix";
import { moderationLog } from "./moderation-log";
import { getPosition } from "./positions";

// Contested positions (a moderator's mark, shown everywhere the position is) and readers' flags.

describe.each(TEST_DRIVERS)("contested positions and flags on %s", (kind) => {
  let t: TestDatabase;
  let reader: ReturnType<typeof callerAs>;
  let readerId: string;
  let mod: ReturnType<typeof callerAs>;
  let otherMod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2007, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
    );
  const published = (government = "GHA") =>
    approvedPosition(t.db, { government, topic: "ixps", stance: "mixed", statedOn: nextDate() });

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    readerId = (await makeAccount(t.db, "contributor", "Rae")).id;
    reader = callerAs(t.db, readerId);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    otherMod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Max")).id);
  });
  afterAll(() => t.destroy());

  it("marks a position contested: the matrix, the API position and the filter say so; clearing it undoes all three, both logged", async () => {
    const positionId = await published("GHA");
    const plain = await published("SEN");
    await mod.flags.contest({ positionId, note: "Its 2012 vote and its 2014 statement disagree." });
    const matrix = await matrixAsOf(t.db, { topics: ["ixps"] });
    expect(matrix.rows.find((r) => r.iso3 === "GHA")?.cells.ixps).toMatchObject({
      positionId,
      contested: true,
      contestedNote: "Its 2012 vote and its 2014 statement disagree.",
    });
    expect(matrix.rows.find((r) => r.iso3 === "SEN")?.cells.ixps).toMatchObject({
      positionId: plain,
      contested: false,
      contestedNote: null,
    });
    expect(await getPosition(t.db, positionId)).toMatchObject({
      contested: true,
      contestedNote: "Its 2012 vote and its 2014 statement disagree.",
      stance: "mixed",
    });
    expect((await matrixAsOf(t.db, { topics: ["ixps"], contested: "true" })).rows.map((r) => r.iso3)).toEqual(["GHA"]);

    await mod.flags.clearContest({ positionId, reason: "A third source settles it." });
    expect(await getPosition(t.db, positionId)).toMatchObject({ contested: false, contestedNote: null });
    expect((await matrixAsOf(t.db, { topics: ["ixps"], contested: "true" })).rows).toEqual([]);
    const log = await moderationLog(t.db, { government: "GHA" });
    expect(log.entries.map((e) => [e.action, e.reason, e.moderator])).toEqual([
      ["uncontested", "A third source settles it.", "Mo"],
      ["contested", "Its 2012 vote and its 2014 statement disagree.", "Mo"],
    ]);
  });

  it("refuses a contest without a note, of an unknown position, a repeat, and a clear of one not contested; nothing changes", async () => {
    const positionId = await published();
    expect(await code(mod.flags.contest({ positionId, note: "short" }))).toMatch(
      /^BAD_REQUEST[\s\S]*at least 10 characters/,
    );
    expect(await code(mod.flags.contest({ positionId: 999_999, note: "Sources disagree on this." }))).toBe(
      "NOT_FOUND: No published position has the id 999999.",
    );
    expect(await code(mod.flags.clearContest({ positionId, reason: "Settled." }))).toBe(
      "CONFLICT: This position is not marked contested.",
    );
    await mod.flags.contest({ positionId, note: "Sources disagree on this." });
    expect(await code(otherMod.flags.contest({ positionId, note: "Sources disagree on this." }))).toBe(
      "CONFLICT: This position is already contested with this note.",
    );
    expect(
      await t.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, "position"), eq(auditLog.targetId, String(positionId)))),
    ).toEqual([{ action: "position.contest" }]);
  });

  it("takes a reader's flag into the moderators' queue once; a second flag by the same reader is a duplicate", async () => {
    const positionId = await published("CIV");
    const { flagId } = await reader.flags.flag({ positionId, reason: "The source is about 2015, not 2007." });
    expect(await code(reader.flags.flag({ positionId, reason: "Again: the source is about 2015." }))).toBe(
      "CONFLICT: You have already flagged this position; a moderator will look at your flag.",
    );
    expect(await code(reader.flags.flag({ positionId, reason: "short" }))).toMatch(/^BAD_REQUEST/);
    expect(await code(reader.flags.flag({ positionId: 999_999, reason: "This position does not exist." }))).toMatch(
      /^NOT_FOUND/,
    );
    const queue = await mod.flags.queue();
    expect(queue.items.find((f) => f.id === flagId)).toMatchObject({
      by: "Rae",
      reason: "The source is about 2015, not 2007.",
      position: { id: positionId, iso3: "CIV" },
      alsoFlagged: 0,
    });
    expect(await t.db.select({ n: flags.id }).from(flags).where(eq(flags.positionId, positionId))).toHaveLength(1);
  });

  it("resolves a flag by contesting the position with the note; the reader sees how it ended; a second moderator is refused", async () => {
    const positionId = await published("MLI");
    const { flagId } = await reader.flags.flag({ positionId, reason: "Another source codes this the other way." });
    await mod.flags.resolve({ flagId, outcome: "contested", note: "Two sources code this differently." });
    expect(await getPosition(t.db, positionId)).toMatchObject({
      contested: true,
      contestedNote: "Two sources code this differently.",
    });
    expect((await mod.flags.queue()).items.some((f) => f.id === flagId)).toBe(false);
    expect((await reader.flags.mine()).find((f) => f.id === flagId)).toMatchObject({
      status: "contested",
      resolutionNote: "Two sources code this differently.",
    });
    expect(await code(otherMod.flags.resolve({ flagId, outcome: "dismissed", note: "The coding is right." }))).toBe(
      "CONFLICT: Someone got there first: this flag was already resolved (contested) by Mo.",
    );
  });

  it("dismisses a flag without touching the position, and lets the reader flag it again later", async () => {
    const positionId = await published("NER");
    const { flagId } = await reader.flags.flag({ positionId, reason: "I think this is the wrong year." });
    await mod.flags.resolve({ flagId, outcome: "dismissed", note: "The source dates it to that year." });
    expect(
      (await t.db.select({ note: positions.contestedNote }).from(positions).where(eq(positions.id, positionId)))[0]
        ?.note,
    ).toBeNull();
    expect((await reader.flags.mine()).find((f) => f.id === flagId)?.status).toBe("dismissed");
    expect(await code(reader.flags.flag({ positionId, reason: "A new source now disagrees." }))).toBe("OK");
  });
});
