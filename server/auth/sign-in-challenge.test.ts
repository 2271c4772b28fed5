import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, signInChallenges } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount, TEST_PASSWORD, TEST_TOTP_SECRET } from "@/server/api/testing";
import { RateLimitedError } from "@/server/services/rate-limits";
import { enrolWithSecret } from "@/server/services/second-factor";
import { checkCredentials, checkPassword, mayStartSession } from "./credentials";
import { answerChallenge, CHALLENGE_TRIES, createChallenge, SecondFactorError } from "./sign-in-challenge";
import { totpCode } from "./totp";

const ADDRESS = "198.51.100.60";

/** How a code attempt ended: signed in, a wrong code, an expired challenge, or refused by a sign-in limit. */
const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "signed in",
    (error: unknown) =>
      error instanceof RateLimitedError
        ? "refused"
        : error instanceof SecondFactorError
          ? error.kind
          : Promise.reject(error),
  );

describe.each(TEST_DRIVERS)("signing in with a second factor on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("a moderator's right password alone does not sign in: it asks for the code", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    expect(await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, ADDRESS)).toMatchObject({
      id: moderator.id,
      secondFactor: true,
    });
    // The one-step path (POST /api/auth/callback/credentials with email and password) is closed to it.
    expect(await checkCredentials(t.db, { email: moderator.email, password: TEST_PASSWORD }, ADDRESS)).toBeNull();
    const contributor = await makeAccount(t.db, "contributor");
    expect(await checkPassword(t.db, { email: contributor.email, password: TEST_PASSWORD }, ADDRESS)).toMatchObject({
      secondFactor: false,
    });
  });

  it("signs in with the code once; a wrong code is refused and counted, in the audit log too", async () => {
    const moderator = await makeAccount(t.db, "moderator");
    const challenge = await createChallenge(t.db, moderator.id);
    await expect(answerChallenge(t.db, challenge, "000000", ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
    const [row] = await t.db.select({ attempts: signInChallenges.attempts }).from(signInChallenges);
    expect(row?.attempts).toBe(1);
    const failures = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "sign_in.failed"), eq(auditLog.targetId, moderator.id)));
    expect(failures).toEqual([
      expect.objectContaining({
        reason: "code",
        details: { address: ADDRESS, account: moderator.email, method: "password" },
      }),
    ]);
    const code = await totpCode(TEST_TOTP_SECRET);
    await expect(answerChallenge(t.db, challenge, code, ADDRESS)).resolves.toEqual({
      id: moderator.id,
      email: moderator.email,
    });
    // The challenge is spent, and so is the code, even with a new challenge.
    await expect(answerChallenge(t.db, challenge, code, ADDRESS)).rejects.toMatchObject({ kind: "expired" });
    await expect(answerChallenge(t.db, await createChallenge(t.db, moderator.id), code, ADDRESS)).rejects.toMatchObject(
      { kind: "wrong-code" },
    );
  });

  it(`ends a challenge after ${CHALLENGE_TRIES} wrong codes, and after five minutes`, async () => {
    const moderator = await makeAccount(t.db, "moderator");
    const challenge = await createChallenge(t.db, moderator.id);
    for (let i = 0; i < CHALLENGE_TRIES; i++)
      await expect(answerChallenge(t.db, challenge, "000000", ADDRESS)).rejects.toMatchObject({ kind: "wrong-code" });
    await expect(answerChallenge(t.db, challenge, await totpCode(TEST_TOTP_SECRET), ADDRESS)).rejects.toMatchObject({
      kind: "expired",
    });
    const old = await createChallenge(t.db, moderator.id);
    await t.db.execute(sql`update sign_in_challenges set created_at = now() - interval '6 minutes'`);
    await expect(answerChallenge(t.db, old, await totpCode(TEST_TOTP_SECRET), ADDRESS)).rejects.toMatchObject({
      kind: "expired",
    });
  });

  it("refuses wrong codes beyond the account's hourly ceiling, however many challenges are harvested", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const moderator = await makeAccount(t.db, "moderator");
    const attackers = Array.from({ length: 20 }, (_, i) => `203.0.113.${100 + i}`);
    // The password is known: 40 challenges from 20 addresses, 5 codes each.
    const challenges: string[] = [];
    for (let i = 0; i < 40; i++) {
      expect(
        await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, attackers[i % 20] ?? ""),
      ).toMatchObject({ secondFactor: true });
      challenges.push(await createChallenge(t.db, moderator.id));
    }
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i++)
      outcomes.push(
        await outcome(
          answerChallenge(t.db, challenges[Math.floor(i / 5)] ?? "", "000000", attackers[Math.floor(i / 10)] ?? ""),
        ),
      );
    expect(outcomes.slice(0, 100)).toEqual(Array(100).fill("wrong-code"));
    expect(outcomes.slice(100)).toEqual(Array(100).fill("refused")); // checked before the code, so it is not even tried
    // During the lockout the right code is refused too, from an attacker's address or any other new one.
    const code = await totpCode(TEST_TOTP_SECRET);
    expect(await outcome(answerChallenge(t.db, challenges[39] ?? "", code, attackers[0] ?? ""))).toBe("refused");
    expect(await outcome(answerChallenge(t.db, challenges[39] ?? "", code, "192.0.2.200"))).toBe("refused");
  });

  it("codes sent all at once cannot slip past a challenge's five tries or the limits", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const moderator = await makeAccount(t.db, "moderator");
    const one = await createChallenge(t.db, moderator.id);
    const onOne = await Promise.all(
      Array.from({ length: 20 }, () => outcome(answerChallenge(t.db, one, "000000", "203.0.113.150"))),
    );
    expect(onOne.filter((o) => o === "wrong-code")).toHaveLength(CHALLENGE_TRIES);
    await t.db.execute(sql`delete from rate_limits`);
    const many = await Promise.all(Array.from({ length: 30 }, () => createChallenge(t.db, moderator.id)));
    const onMany = await Promise.all(
      many.map((challenge) => outcome(answerChallenge(t.db, challenge, "000000", "203.0.113.151"))),
    );
    expect(onMany.filter((o) => o === "wrong-code")).toHaveLength(10); // ten in a row from one address
    expect(onMany.filter((o) => o === "refused")).toHaveLength(20);
  });

  it("a lockout from wrong codes is in the audit log", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const moderator = await makeAccount(t.db, "moderator");
    const address = "203.0.113.140";
    for (let i = 0; i < 10; i++)
      await expect(
        answerChallenge(t.db, await createChallenge(t.db, moderator.id), "000000", address),
      ).rejects.toMatchObject({ kind: "wrong-code" });
    expect(
      await outcome(
        answerChallenge(t.db, await createChallenge(t.db, moderator.id), await totpCode(TEST_TOTP_SECRET), address),
      ),
    ).toBe("refused");
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.targetId, moderator.id));
    expect(rows.filter((row) => row.action === "sign_in.failed")).toHaveLength(10);
    expect(rows.filter((row) => row.action === "sign_in.locked")).toEqual([
      expect.objectContaining({
        actorId: null,
        reason: "failed sign-ins to this account from this address",
        details: { address, account: moderator.email, method: "password" },
      }),
    ]);
  });

  it("a right password does not start the count of wrong codes again: only a whole sign-in does", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const moderator = await makeAccount(t.db, "moderator");
    const address = "203.0.113.141";
    const harvest = async () => {
      expect(await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, address)).toMatchObject({
        secondFactor: true,
      });
      return createChallenge(t.db, moderator.id);
    };
    for (let round = 0; round < 2; round++) {
      const challenge = await harvest();
      for (let i = 0; i < CHALLENGE_TRIES; i++)
        expect(await outcome(answerChallenge(t.db, challenge, "000000", address))).toBe("wrong-code");
    }
    await expect(harvest()).rejects.toThrow(/Too many failed sign-ins to this account from this address/);
  });

  it("the owner signs in with their code during a lockout from an address they signed in from before; a password alone does not make an address known", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const moderator = await makeAccount(t.db, "moderator");
    const [recovery = ""] = await enrolWithSecret(t.db, moderator.id, TEST_TOTP_SECRET);
    const home = "198.51.100.61";
    expect(
      await outcome(
        answerChallenge(t.db, await createChallenge(t.db, moderator.id), await totpCode(TEST_TOTP_SECRET), home),
      ),
    ).toBe("signed in");
    // An attacker with the password types it at one more address, and never gets past the code.
    expect(await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, "10.6.1.1")).not.toBeNull();
    for (let i = 0; i < 100; i++) {
      const address = `10.6.0.${Math.floor(i / 10)}`;
      if (i % 10 === 0)
        expect(await checkPassword(t.db, { email: moderator.email, password: TEST_PASSWORD }, address)).not.toBeNull();
      expect(await outcome(answerChallenge(t.db, await createChallenge(t.db, moderator.id), "000000", address))).toBe(
        "wrong-code",
      );
    }
    expect(
      await outcome(
        answerChallenge(t.db, await createChallenge(t.db, moderator.id), await totpCode(TEST_TOTP_SECRET), "10.6.1.1"),
      ),
    ).toBe("refused");
    expect(await outcome(answerChallenge(t.db, await createChallenge(t.db, moderator.id), recovery, home))).toBe(
      "signed in",
    );
  });

  it("lets an account with a second factor start a session only by the password form, not GitHub, Google or an email link", async () => {
    const user = await makeAccount(t.db, "contributor");
    for (const method of ["credentials", "github", "google", "nodemailer"])
      expect(await mayStartSession(t.db, user.id, method)).toBe(0);
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    expect(await mayStartSession(t.db, user.id, "credentials")).toBe(0);
    for (const method of ["github", "google", "nodemailer"])
      expect(await mayStartSession(t.db, user.id, method)).toBeNull();
  });

  it("refuses a token it never issued, and needs no code from an account without a second factor", async () => {
    await expect(answerChallenge(t.db, "made-up-token", "123456", ADDRESS)).rejects.toMatchObject({ kind: "expired" });
    const contributor = await makeAccount(t.db, "contributor");
    await expect(
      answerChallenge(t.db, await createChallenge(t.db, contributor.id), "", ADDRESS),
    ).resolves.toMatchObject({ id: contributor.id });
  });

  it("a recovery code signs in once", async () => {
    const user = await makeAccount(t.db, "contributor");
    const [recovery = ""] = await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    await expect(answerChallenge(t.db, await createChallenge(t.db, user.id), recovery, ADDRESS)).resolves.toMatchObject(
      { id: user.id },
    );
    await expect(answerChallenge(t.db, await createChallenge(t.db, user.id), recovery, ADDRESS)).rejects.toMatchObject({
      kind: "wrong-code",
    });
  });
});
