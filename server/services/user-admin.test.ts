import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount, TEST_TOTP_SECRET } from "@/server/api/testing";
import { enrolWithSecret } from "./second-factor";
import { type Actor } from "@/server/auth/access";
import { ConflictError } from "@/server/shared/errors";
import { banUser, listUsers, setRole, unbanUser } from "./user-admin";

describe.each(TEST_DRIVERS)("user administration on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = { ...(await makeAccount(t.db, "admin", "First Admin")), role: "admin" };
  });
  afterAll(() => t.destroy());

  const auditOf = (targetId: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, targetId)));

  it("finds accounts by name or email, never system accounts", async () => {
    const ada = await makeAccount(t.db, "contributor", "Ada Lovelace");
    expect((await listUsers(t.db, { q: "lovelace" })).users.map((u) => u.id)).toEqual([ada.id]);
    expect((await listUsers(t.db, { q: ada.email.slice(0, 12).toUpperCase() })).users.map((u) => u.id)).toEqual([
      ada.id,
    ]);
    expect((await listUsers(t.db, { q: "100%_" })).users).toEqual([]);
    const all = await listUsers(t.db);
    expect(all.users.some((u) => u.email === "")).toBe(false); // the seed's system account has no email and is not listed
    expect(all.total).toBe(all.users.length);
  });

  it("changes a role and audits it", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    await setRole(t.db, admin, { userId: user.id, role: "moderator" });
    expect((await t.db.select({ role: users.role }).from(users).where(eq(users.id, user.id)))[0]?.role).toBe(
      "moderator",
    );
    expect(await auditOf(user.id)).toContainEqual(
      expect.objectContaining({
        actorId: admin.id,
        action: "user.role_change",
        details: { from: "contributor", to: "moderator" },
      }),
    );
  });

  it("makes nobody a moderator or admin before they turn on a second factor", async () => {
    const user = await makeAccount(t.db, "contributor", "Grace Hopper");
    await expect(setRole(t.db, admin, { userId: user.id, role: "moderator" })).rejects.toThrow(
      "Grace Hopper must turn on two-factor authentication (on their account page) before they can be a moderator.",
    );
    await expect(setRole(t.db, admin, { userId: user.id, role: "admin" })).rejects.toThrow(
      /before they can be an admin/,
    );
    expect((await t.db.select({ role: users.role }).from(users).where(eq(users.id, user.id)))[0]?.role).toBe(
      "contributor",
    );
    expect((await auditOf(user.id)).map((entry) => entry.action)).toEqual(["user.create"]);
  });

  it("bans with a reason, ends sessions, and unbans; both audited", async () => {
    const user = await makeAccount(t.db, "contributor");
    await banUser(t.db, admin, { userId: user.id, reason: "Posted fabricated sources" });
    const [banned] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(banned).toMatchObject({ banReason: "Posted fabricated sources", sessionVersion: 1 });
    expect(banned?.bannedAt).toBeInstanceOf(Date);
    await expect(banUser(t.db, admin, { userId: user.id, reason: "Again" })).rejects.toThrow(/already banned/);
    await unbanUser(t.db, admin, { userId: user.id, reason: "Appeal accepted" });
    expect(
      (await t.db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, user.id)))[0]?.bannedAt,
    ).toBeNull();
    const actions = (await auditOf(user.id)).map((a) => [a.action, a.reason]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["user.ban", "Posted fabricated sources"],
        ["user.unban", "Appeal accepted"],
      ]),
    );
  });

  it("refuses a ban without a reason", async () => {
    const user = await makeAccount(t.db, "contributor");
    await expect(banUser(t.db, admin, { userId: user.id, reason: " " })).rejects.toThrow(/Give a reason/);
  });

  it("never leaves the site without an admin", async () => {
    await expect(setRole(t.db, admin, { userId: admin.id, role: "moderator" })).rejects.toThrow(/last admin/);
    await expect(banUser(t.db, admin, { userId: admin.id, reason: "Oops" })).rejects.toThrow(/your own account/);
    const second: Actor = { ...(await makeAccount(t.db, "admin")), role: "admin" };
    await expect(banUser(t.db, second, { userId: admin.id, reason: "Takeover" })).resolves.toBeUndefined();
    await expect(banUser(t.db, admin, { userId: second.id, reason: "Takeover" })).rejects.toThrow(/last admin/);
    await unbanUser(t.db, second, { userId: admin.id });
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    const [a, b] = await Promise.all([makeAccount(t.db, "admin"), makeAccount(t.db, "admin")]);
    // Leave a and b as the only admins.
    const others = await t.db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    for (const other of others.filter((o) => o.id !== a.id && o.id !== b.id)) {
      await setRole(t.db, { ...a, role: "admin" }, { userId: other.id, role: "contributor" });
    }
    const results = await Promise.allSettled([
      setRole(t.db, { ...a, role: "admin" }, { userId: b.id, role: "contributor" }),
      setRole(t.db, { ...b, role: "admin" }, { userId: a.id, role: "contributor" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure?.status === "rejected" && failure.reason).toBeInstanceOf(ConflictError);
    expect(await t.db.select({ id: users.id }).from(users).where(eq(users.role, "admin"))).toHaveLength(1);
  });
});
