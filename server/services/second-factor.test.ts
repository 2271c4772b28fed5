import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, recoveryCodes, totpFactors, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount, TEST_PASSWORD, TEST_TOTP_SECRET } from "@/server/api/testing";
import { type Actor, requireRole } from "@/server/auth/access";
import { totpCode } from "@/server/auth/totp";
import { startSession, touchSession } from "./auth-sessions";
import {
  confirmEnrolment,
  enrolWithSecret,
  resetSecondFactor,
  secondFactorStatus,
  startEnrolment,
  turnOffSecondFactor,
  spendSecondFactor,
} from "./second-factor";

const ADDRESS = "198.51.100.40";
const now = () => Math.floor(Date.now() / 1000);

describe.each(TEST_DRIVERS)("second factors on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    admin = { ...(await makeAccount(t.db, "admin")), role: "admin" };
  });
  afterAll(() => t.destroy());

  it("turns on with the password and the app's first code, gives ten recovery codes once, and ends the other sessions", async () => {
    const user = await makeAccount(t.db, "contributor");
    const [here, elsewhere] = [await startSession(t.db, user.id), await startSession(t.db, user.id)];
    const session = { userId: user.id, sessionId: here };
    const { secret, uri } = await startEnrolment(t.db, user.id);
    expect(uri).toBe(
      `otpauth://totp/Stance%20Atlas:${encodeURIComponent(user.email)}?secret=${secret}&issuer=Stance%20Atlas`,
    );
    await expect(
      confirmEnrolment(
        t.db,
        session,
        { currentPassword: "not my password at all", code: await totpCode(secret) },
        ADDRESS,
      ),
    ).rejects.toThrow(/not your current password/);
    await expect(
      confirmEnrolment(t.db, session, { currentPassword: TEST_PASSWORD, code: "000000" }, ADDRESS),
    ).rejects.toThrow(/That code is not right/);
    await expect(
      confirmEnrolment(t.db, session, { currentPassword: TEST_PASSWORD, code: "12345" }, ADDRESS),
    ).rejects.toThrow(/6 digits/);
    expect(await secondFactorStatus(t.db, user.id)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    const codes = await confirmEnrolment(
      t.db,
      session,
      { currentPassword: TEST_PASSWORD, code: await totpCode(secret) },
      ADDRESS,
    );
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    expect(await secondFactorStatus(t.db, user.id)).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    expect(await touchSession(t.db, here, user.id, "contributor")).toBe(true);
    expect(await touchSession(t.db, elsewhere, user.id, "contributor")).toBe(false);
    // Only hashes are kept.
    const stored = await t.db
      .select({ hash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((row) => row.hash)).not.toContain(codes[0]);
    await expect(startEnrolment(t.db, user.id)).rejects.toThrow(/already on/);
  });

  it("takes each app code once: a replayed code is refused, a later one works", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    const code = await totpCode(TEST_TOTP_SECRET);
    expect(await spendSecondFactor(t.db, user.id, code)).toBe("totp");
    expect(await spendSecondFactor(t.db, user.id, code)).toBeNull();
    expect(await spendSecondFactor(t.db, user.id, await totpCode(TEST_TOTP_SECRET, now() + 30))).toBe("totp");
    // Now the step before is spent too: a code can never go backwards.
    expect(await spendSecondFactor(t.db, user.id, code)).toBeNull();
    expect(await spendSecondFactor(t.db, user.id, await totpCode(TEST_TOTP_SECRET, now() + 300))).toBeNull(); // too far ahead
  });

  it("takes a code once even when two sign-ins race with it", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    const code = await totpCode(TEST_TOTP_SECRET);
    const outcomes = await Promise.all([
      spendSecondFactor(t.db, user.id, code),
      spendSecondFactor(t.db, user.id, code),
    ]);
    expect(outcomes.filter((outcome) => outcome === "totp")).toHaveLength(1);
  });

  it("takes each recovery code once, in any case and with or without dashes", async () => {
    const user = await makeAccount(t.db, "contributor");
    const [first = "", second = ""] = await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    expect(await spendSecondFactor(t.db, user.id, first.toUpperCase())).toBe("recovery");
    expect(await spendSecondFactor(t.db, user.id, first)).toBeNull();
    expect(await spendSecondFactor(t.db, user.id, ` ${second.replaceAll("-", "")} `)).toBe("recovery");
    expect(await secondFactorStatus(t.db, user.id)).toEqual({ enabled: true, recoveryCodesLeft: 8 });
    // Another account's code is not this one's.
    const other = await makeAccount(t.db, "contributor");
    const [theirs = ""] = await enrolWithSecret(t.db, other.id, TEST_TOTP_SECRET);
    expect(await spendSecondFactor(t.db, user.id, theirs)).toBeNull();
  });

  it("refuses a secret too short or not base32 from the command line", async () => {
    const user = await makeAccount(t.db, "contributor");
    await expect(enrolWithSecret(t.db, user.id, "JBSWY3DPEHPK3PXP")).rejects.toThrow(/at least 26 characters/);
    await expect(enrolWithSecret(t.db, user.id, "not a base32 secret at all, no")).rejects.toThrow(/base32/);
    expect(await secondFactorStatus(t.db, user.id)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
  });

  it("lets a contributor turn it off with password and code, never a moderator or admin", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    const session = { userId: user.id, sessionId: await startSession(t.db, user.id) };
    await expect(
      turnOffSecondFactor(t.db, session, { currentPassword: TEST_PASSWORD, code: "000000" }, ADDRESS),
    ).rejects.toThrow(/not right/);
    await turnOffSecondFactor(
      t.db,
      session,
      { currentPassword: TEST_PASSWORD, code: await totpCode(TEST_TOTP_SECRET) },
      ADDRESS,
    );
    expect(await secondFactorStatus(t.db, user.id)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    const moderator = await makeAccount(t.db, "moderator");
    await expect(
      turnOffSecondFactor(
        t.db,
        { userId: moderator.id, sessionId: "" },
        { currentPassword: TEST_PASSWORD, code: await totpCode(TEST_TOTP_SECRET) },
        ADDRESS,
      ),
    ).rejects.toThrow(/must keep/);
    expect((await secondFactorStatus(t.db, moderator.id)).enabled).toBe(true);
  });

  it("without a second factor, a moderator acts as a contributor only", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    await expect(requireRole(t.db, moderator.id, "moderator")).resolves.toMatchObject({ role: "moderator" });
    await resetSecondFactor(t.db, admin, { userId: moderator.id, reason: "Lost phone" });
    await expect(requireRole(t.db, moderator.id, "moderator")).rejects.toThrow(/Turn on two-factor authentication/);
    await expect(requireRole(t.db, moderator.id, "contributor")).resolves.toMatchObject({ id: moderator.id });
    await expect(callerAs(t.db, moderator.id).moderation.queue({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an admin's reset is audited with its reason and ends the account's sessions; never their own", async () => {
    const user = await makeAccount(t.db, "moderator");
    const session = await startSession(t.db, user.id);
    await expect(resetSecondFactor(t.db, admin, { userId: user.id, reason: "" })).rejects.toThrow(/Give a reason/);
    expect(await touchSession(t.db, session, user.id, "moderator")).toBe(true);
    await resetSecondFactor(t.db, admin, { userId: user.id, reason: "Lost their phone and codes" });
    expect(await touchSession(t.db, session, user.id, "moderator")).toBe(false);
    expect(await t.db.select().from(totpFactors).where(eq(totpFactors.userId, user.id))).toEqual([]);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, user.id), eq(auditLog.action, "user.second_factor_reset")));
    expect(entry).toMatchObject({ actorId: admin.id, reason: "Lost their phone and codes" });
    await expect(resetSecondFactor(t.db, admin, { userId: user.id, reason: "Again" })).rejects.toThrow(
      /no second factor/,
    );
    await expect(resetSecondFactor(t.db, admin, { userId: admin.id, reason: "Mine" })).rejects.toThrow(/another admin/);
  });

  it("an admin's role change and reset need a sign-in in the last 15 minutes", async () => {
    const user = await makeAccount(t.db, "moderator");
    const stale = callerAs(t.db, admin.id, Date.now() - 16 * 60_000);
    await expect(stale.adminUsers.setRole({ userId: user.id, role: "contributor" })).rejects.toThrow(/sign in again/);
    await expect(stale.adminUsers.resetSecondFactor({ userId: user.id, reason: "Lost phone" })).rejects.toThrow(
      /sign in again/,
    );
    expect((await secondFactorStatus(t.db, user.id)).enabled).toBe(true);
    await callerAs(t.db, admin.id, Date.now() - 14 * 60_000).adminUsers.setRole({
      userId: user.id,
      role: "contributor",
    });
    expect((await t.db.select({ role: users.role }).from(users).where(eq(users.id, user.id)))[0]?.role).toBe(
      "contributor",
    );
  });
});
