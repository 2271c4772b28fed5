import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { banUser } from "./user-admin";
import { feedByToken } from "./watches";

// Watchlists: what a reader watches, the changes to it, and the private feed's revocable token.

describe.each(TEST_DRIVERS)("watchlists on %s", (kind) => {
  let t: TestDatabase;
  let reader: ReturnType<typeof callerAs>;
  let readerId: string;
  let mod: ReturnType<typeof callerAs>;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2009, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
    );
  const publish = async (government: string, topic = "ixps") => {
    const { revisionId, positionId } = await mod.contributions.propose({
      government,
      topic,
      stance: "mixed",
      statedOn: nextDate(),
      summary: `${government}'s delegate spoke on the topic.`,
      sources: ["https://example.org/s"],
    });
    return { revisionId, positionId };
  };

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    readerId = (await makeAccount(t.db, "contributor", "Wes Watcher")).id;
    reader = callerAs(t.db, readerId);
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
  });
  afterAll(() => t.destroy());

  it("watches and unwatches a government, a topic and a position; twice is not an error; an unknown one is", async () => {
    expect(await reader.watches.set({ kind: "government", target: "per", watching: true })).toEqual({ watching: true });
    expect(await reader.watches.set({ kind: "government", target: "PER", watching: true })).toEqual({ watching: true });
    expect(await reader.watches.status({ kind: "government", target: "PER" })).toBe(true);
    await reader.watches.set({ kind: "topic", target: "igf-role", watching: true });
    const positionId = await approvedPosition(t.db, {
      government: "BOL",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
    });
    await reader.watches.set({ kind: "position", target: String(positionId), watching: true });
    expect((await reader.watches.mine()).items.map((i) => [i.kind, i.target, i.name])).toEqual([
      ["position", String(positionId), "Bolivia on Internet Exchange Points in developing countries"],
      ["topic", "igf-role", "The Internet Governance Forum as the venue for Internet policy dialogue"],
      ["government", "PER", "Peru"],
    ]);
    await reader.watches.set({ kind: "topic", target: "igf-role", watching: false });
    expect(await reader.watches.status({ kind: "topic", target: "igf-role" })).toBe(false);
    expect(await code(reader.watches.set({ kind: "government", target: "XXX", watching: true }))).toBe(
      "NOT_FOUND: There is no government XXX to watch.",
    );
    expect(await code(reader.watches.set({ kind: "position", target: "999999", watching: true }))).toBe(
      "NOT_FOUND: There is no position 999999 to watch.",
    );
    expect(await code(reader.watches.set({ kind: "topic", target: " ", watching: true }))).toMatch(/^BAD_REQUEST/);
  });

  it("lists approved changes to what is watched, and nothing else", async () => {
    const watcher = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    await watcher.watches.set({ kind: "government", target: "ECU", watching: true });
    const ecuador = await publish("ECU");
    await publish("COL");
    const pending = await reader.contributions.propose({
      government: "ECU",
      topic: "ixps",
      stance: "intergovernmental",
      statedOn: nextDate(),
      summary: "A proposal not yet reviewed.",
      sources: ["https://example.org/p"],
    });
    const { changes } = await watcher.watches.mine();
    expect(changes.map((c) => c.positionId)).toEqual([ecuador.positionId]);
    expect(changes.some((c) => c.positionId === pending.positionId)).toBe(false);
  });

  it("serves the private feed by its token; a new token replaces the old, and turning it off revokes it", async () => {
    await reader.watches.set({ kind: "government", target: "VEN", watching: true });
    const venezuela = await publish("VEN");
    const { token } = await reader.watches.newFeedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await feedByToken(t.db, token)).changes.map((c) => c.positionId)).toContain(venezuela.positionId);
    expect((await reader.watches.mine()).feed).toBe(true);

    const { token: second } = await reader.watches.newFeedToken();
    await expect(feedByToken(t.db, token)).rejects.toThrow("No feed has this address.");
    expect((await feedByToken(t.db, second)).name).toBe("Wes Watcher");
    await reader.watches.revokeFeed();
    await expect(feedByToken(t.db, second)).rejects.toThrow("No feed has this address.");
    await expect(feedByToken(t.db, "not-a-token")).rejects.toThrow("No feed has this address.");
    expect((await reader.watches.mine()).feed).toBe(false);
  });

  it("stops a banned account's feed", async () => {
    const account = await makeAccount(t.db, "contributor");
    const { token } = await callerAs(t.db, account.id).watches.newFeedToken();
    const admin: Actor = { ...(await makeAccount(t.db, "admin")), role: "admin" };
    await banUser(t.db, admin, { userId: account.id, reason: "Spam" });
    await expect(feedByToken(t.db, token)).rejects.toThrow("No feed has this address.");
  });
});
