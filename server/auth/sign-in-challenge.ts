import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { signInChallenges, totpFactors, users } from "@/db/schema";
import { spendSecondFactor } from "@/server/services/second-factor";
import { claimGuess, countSuccess, recordFailure, refuseSignInIfGuessing } from "./sign-in-guard";
import { recordSignIn } from "./sign-in-events";

// Between a correct password and a session: a one-time token the sign-in form carries to its
// second step. It lasts five minutes and takes five codes (each claimed before it is checked, so
// parallel guesses cannot share one); it works once. Accounts without a second factor use it too,
// so a password is checked once per sign-in. A right password yields a fresh challenge every time,
// so codes are also held to the sign-in limits (sign-in-guard.ts), checked before the code is.

export const CHALLENGE_SECONDS = 5 * 60;
export const CHALLENGE_TRIES = 5;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const freshSince = () => new Date(Date.now() - CHALLENGE_SECONDS * 1000);

/** `secondFactorDone`: only for a session that gave its code and is signing in again (after a password change). */
export async function createChallenge(
  db: Database,
  userId: string,
  opts: { secondFactorDone?: boolean } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.delete(signInChallenges).where(lt(signInChallenges.createdAt, freshSince()));
  await db
    .insert(signInChallenges)
    .values({ tokenHash: hashOf(token), userId, secondFactorDone: opts.secondFactorDone ?? false });
  return token;
}

/** Why the second step failed: a wrong code (try again), or a token that is spent, expired or unknown (start again). */
export class SecondFactorError extends Error {
  override name = "SecondFactorError";
  constructor(readonly kind: "wrong-code" | "expired") {
    super(
      kind === "wrong-code"
        ? "That code is not right, or it has been used. Enter the newest code from your app, or a recovery code."
        : "That sign-in took too long or had too many wrong codes. Sign in again.",
    );
  }
}

/** The account a challenge signs in, once its code (if the account has a second factor) is right; throws SecondFactorError. */
export async function answerChallenge(
  db: Database,
  token: string,
  code: string,
  address: string,
): Promise<{ id: string; email: string | null }> {
  const [challenge] = await db
    .select({
      userId: signInChallenges.userId,
      attempts: signInChallenges.attempts,
      secondFactorDone: signInChallenges.secondFactorDone,
      email: users.email,
      factorOn: totpFactors.enabledAt,
    })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .leftJoin(totpFactors, eq(totpFactors.userId, signInChallenges.userId))
    .where(and(eq(signInChallenges.tokenHash, hashOf(token)), gt(signInChallenges.createdAt, freshSince())));
  if (!challenge || challenge.attempts >= CHALLENGE_TRIES) throw new SecondFactorError("expired");
  const account = challenge.email ?? challenge.userId;
  const attempt = { account, userId: challenge.userId, address, method: "password" };
  if (!challenge.secondFactorDone && challenge.factorOn !== null) {
    await refuseSignInIfGuessing(db, attempt);
    const claimed = await db
      .update(signInChallenges)
      .set({ attempts: sql`${signInChallenges.attempts} + 1` })
      .where(and(eq(signInChallenges.tokenHash, hashOf(token)), lt(signInChallenges.attempts, CHALLENGE_TRIES)))
      .returning({ attempts: signInChallenges.attempts });
    if (!claimed.length) throw new SecondFactorError("expired");
    const guess = await claimGuess(db, attempt);
    if (!(await spendSecondFactor(db, challenge.userId, code))) {
      await recordFailure(db, attempt, "code", guess.lockouts);
      throw new SecondFactorError("wrong-code");
    }
    await guess.giveBack();
  }
  const spent = await db
    .delete(signInChallenges)
    .where(eq(signInChallenges.tokenHash, hashOf(token)))
    .returning({ userId: signInChallenges.userId });
  if (!spent.length) throw new SecondFactorError("expired"); // another request used it first
  await countSuccess(db, account, address);
  await recordSignIn(db, { outcome: "success", account, userId: challenge.userId, address, method: "password" });
  return { id: challenge.userId, email: challenge.email };
}
