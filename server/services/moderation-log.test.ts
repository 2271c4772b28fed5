import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { LOG_PAGE, moderationLog } from "./moderation-log";

// The public moderation log: every decision, newest first, with the moderator's name and reason, and nothing private.

const SOURCE = "https://example.org/source";

describe.each(TEST_DRIVERS)("the public moderation log on %s", (kind) => {
  let t: TestDatabase;
  let author: ReturnType<typeof callerAs>;
  let mod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2006, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    author = callerAs(t.db, (await makeAccount(t.db, "contributor", "Casey")).id);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Morgan")).id);
  });
  afterAll(() => t.destroy());

  async function pendingEdit(government: string) {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government, topic: "ixps", stance: "mixed", statedOn });
    const base = await currentRevisionOf(t.db, positionId);
    const edit = await author.contributions.propose({
      government,
      topic: "ixps",
      stance: "intergovernmental",
      statedOn,
      summary: "A corrected reading of the statement.",
      sources: [SOURCE],
      positionId,
      baseRevisionId: base,
    });
    return { positionId, base, edit };
  }

  it("lists approvals, rejections with their reasons, reverts and withdrawals, newest first, with the moderator's name", async () => {
    const rejected = await pendingEdit("KEN");
    await mod.moderation.reject({ revisionId: rejected.edit.revisionId, reason: "The source says the opposite." });
    const approved = await pendingEdit("GHA");
    await mod.moderation.approve({ revisionId: approved.edit.revisionId });
    await mod.moderation.revert({
      revisionId: approved.base,
      seenRevisionId: await currentRevisionOf(t.db, approved.positionId),
      reason: "The edit misread the source.",
    });
    await mod.moderation.withdrawPosition({
      positionId: approved.positionId,
      seenRevisionId: await currentRevisionOf(t.db, approved.positionId),
      reason: "Attributed to the wrong government.",
    });

    const { entries } = await moderationLog(t.db);
    expect(entries.slice(0, 4).map((e) => [e.action, e.position.government.iso3, e.moderator, e.reason])).toEqual([
      ["withdrawn", "GHA", "Morgan", "Attributed to the wrong government."],
      ["reverted", "GHA", "Morgan", "The edit misread the source."],
      ["approved", "GHA", "Morgan", null],
      ["rejected", "KEN", "Morgan", "The source says the opposite."],
    ]);
    expect(entries[3]?.position).toMatchObject({
      id: rejected.positionId,
      published: true,
      topic: { slug: "ixps", title: "Internet Exchange Points in developing countries" },
      government: { name: "Kenya" },
    });
    expect(JSON.stringify(entries)).not.toMatch(/@|Casey/); // no emails, and not the contributor
  });

  it("filters by action, topic and government, and pages with `before`", async () => {
    expect((await moderationLog(t.db, { action: "rejected" })).entries.map((e) => e.position.government.iso3)).toEqual([
      "KEN",
    ]);
    expect((await moderationLog(t.db, { government: "gha" })).entries.map((e) => e.action)).toEqual([
      "withdrawn",
      "reverted",
      "approved",
    ]);
    expect((await moderationLog(t.db, { topic: "igf-role" })).entries).toEqual([]);
    for (let i = 0; i < LOG_PAGE; i++)
      await mod.moderation.approve({ revisionId: (await pendingEdit("NOR")).edit.revisionId });
    const first = await moderationLog(t.db);
    expect(first.entries).toHaveLength(LOG_PAGE);
    expect(first.nextBefore).toBe(first.entries.at(-1)?.id);
    const second = await moderationLog(t.db, { before: first.nextBefore ?? 0 });
    expect(second.entries.map((e) => e.action)).toEqual(["withdrawn", "reverted", "approved", "rejected"]);
    expect(second.nextBefore).toBeNull();
  });
});
