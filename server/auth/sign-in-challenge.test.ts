import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, signInChallenges } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { makeAccount, TEST_PASSWORD, TEST_TOTP_SECRET } from "@/server/api/testing";
import { enrolWithSecret } from "@/server/services/second-factor";
import { checkCredentials, checkPassword, mayStartSession } from "./credentials";
import { answerChallenge, CHALLENGE_TRIES, createChallenge } from "./sign-in-challenge";
import { totpCode } from "./totp";

const ADDRESS = "198.51.100.60";

describe.each(TEST_DRIVERS)("signing in with a second factor on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("a moderator's right password alone does not sign in: it asks for the code", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    expect(await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, ADDRESS)).toMatchObject({ id: moderator.id, secondFactor: true });
    // The one-step path (POST /api/auth/callback/credentials with email and password) is closed to it.
    expect(await checkCredentials(t.db, { email: moderator.email, password: TEST_PASSWORD }, ADDRESS)).toBeNull();
    const contributor = await makeAccount(t.db, "contributor");
    expect(await checkPassword(t.db, { email: contributor.email, password: TEST_PASSWORD }, ADDRESS)).toMatchObject({ secondFactor: false });
  });

  it("signs in with the code once; a wrong code is refused and counted, in the audit log too", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    const challenge = await createChallenge(t.db, moderator.id);
    await expect(answerChallenge(t.db, challenge, "000000", ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
    const [row] = await t.db.select({ attempts: signInChallenges.attempts }).from(signInChallenges);
    expect(row?.attempts).toBe(1);
    const failures = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "sign_in.failed"), eq(auditLog.targetId, moderator.id)));
    expect(failures).toEqual([expect.objectContaining({ reason: "code", details: { address: ADDRESS, account: moderator.email, method: "password" } })]);
    const code = await totpCode(TEST_TOTP_SECRET);
    await expect(answerChallenge(t.db, challenge, code, ADDRESS)).resolves.toEqual({ id: moderator.id, email: moderator.email });
    // The challenge is spent, and so is the code, even with a new challenge.
    await expect(answerChallenge(t.db, challenge, code, ADDRESS)).rejects.toMatchObject({ kind: "expired" });
    await expect(answerChallenge(t.db, await createChallenge(t.db, moderator.id), code, ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
  });

  it(`ends a challenge after ${CHALLENGE_TRIES} wrong codes, and after five minutes`, async () => {
    const moderator = await makeAccount(t.db, "moderator");
    const challenge = await createChallenge(t.db, moderator.id);
    for (let i = 0; i < CHALLENGE_TRIES; i++) await expect(answerChallenge(t.db, challenge, "000000", ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
    await expect(answerChallenge(t.db, challenge, await totpCode(TEST_TOTP_SECRET), ADDRESS)).rejects.toMatchObject({ kind: "expired" });
    const old = await createChallenge(t.db, moderator.id);
    await t.db.execute(sql`update sign_in_challenges set created_at = now() - interval '6 minutes'`);
    await expect(answerChallenge(t.db, old, await totpCode(TEST_TOTP_SECRET), ADDRESS)).rejects.toMatchObject({ kind: "expired" });
  });

  it("lets an account with a second factor start a session only by the password form, not GitHub, Google or an email link", async () => {
    const user = await makeAccount(t.db, "contributor");
    for (const method of ["credentials", "github", "google", "nodemailer"]) expect(await mayStartSession(t.db, user.id, method)).toBe(0);
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    expect(await mayStartSession(t.db, user.id, "credentials")).toBe(0);
    for (const method of ["github", "google", "nodemailer"]) expect(await mayStartSession(t.db, user.id, method)).toBeNull();
  });

  it("refuses a token it never issued, and needs no code from an account without a second factor", async () => {
    await expect(answerChallenge(t.db, "made-up-token", "123456", ADDRESS)).rejects.toMatchObject({ kind: "expired" });
    const contributor = await makeAccount(t.db, "contributor");
    await expect(answerChallenge(t.db, await createChallenge(t.db, contributor.id), "", ADDRESS)).resolves.toMatchObject({ id: contributor.id });
  });

  it("a recovery code signs in once", async () => {
    const user = await makeAccount(t.db, "contributor");
    const [recovery = ""] = await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    await expect(answerChallenge(t.db, await createChallenge(t.db, user.id), recovery, ADDRESS)).resolves.toMatchObject({ id: user.id });
    await expect(answerChallenge(t.db, await createChallenge(t.db, user.id), recovery, ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
  });
});
