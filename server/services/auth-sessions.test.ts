import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSessions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount } from "@/server/api/testing";
import { endAllSessions } from "./account";
import { startSession, touchSession } from "./auth-sessions";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe.each(TEST_DRIVERS)("session lifetimes on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("a contributor's session ends after 7 idle days, and 30 days after sign-in however busy", async () => {
    const user = await makeAccount(t.db, "contributor");
    const start = new Date("2026-01-01T00:00:00Z");
    const idle = await startSession(t.db, user.id, start);
    expect(await touchSession(t.db, idle, user.id, "contributor", at(start, 6 * DAY))).toBe(true);
    expect(await touchSession(t.db, idle, user.id, "contributor", at(start, 13 * DAY + HOUR))).toBe(false); // 7 days and an hour since last use
    expect(await touchSession(t.db, idle, user.id, "contributor", at(start, 6 * DAY))).toBe(false); // and it stays ended
    const busy = await startSession(t.db, user.id, start);
    for (let day = 5; day < 30; day += 5)
      expect(await touchSession(t.db, busy, user.id, "contributor", at(start, day * DAY))).toBe(true);
    expect(await touchSession(t.db, busy, user.id, "contributor", at(start, 30 * DAY + MINUTE))).toBe(false);
  });

  it("a moderator's or admin's ends after 30 idle minutes, and 12 hours after sign-in", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    const start = new Date("2026-02-01T09:00:00Z");
    const idle = await startSession(t.db, moderator.id, start);
    expect(await touchSession(t.db, idle, moderator.id, "moderator", at(start, 29 * MINUTE))).toBe(true);
    expect(await touchSession(t.db, idle, moderator.id, "moderator", at(start, 60 * MINUTE))).toBe(false);
    const busy = await startSession(t.db, moderator.id, start);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20)
      expect(await touchSession(t.db, busy, moderator.id, "admin", at(start, minutes * MINUTE))).toBe(true);
    expect(await touchSession(t.db, busy, moderator.id, "admin", at(start, 12 * HOUR + MINUTE))).toBe(false);
  });

  it("a session belongs to its account, and signing out everywhere removes them all", async () => {
    const [ada, bob] = [await makeAccount(t.db, "contributor"), await makeAccount(t.db, "contributor")];
    const session = await startSession(t.db, ada.id);
    expect(await touchSession(t.db, session, bob.id, "contributor")).toBe(false);
    expect(await touchSession(t.db, "no-such-session", ada.id, "contributor")).toBe(false);
    await startSession(t.db, ada.id);
    await endAllSessions(t.db, ada.id);
    expect(await t.db.select().from(authSessions).where(eq(authSessions.userId, ada.id))).toEqual([]);
    expect(await touchSession(t.db, session, ada.id, "contributor")).toBe(false);
  });
});
