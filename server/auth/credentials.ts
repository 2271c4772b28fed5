import "server-only";
import { eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { totpFactors, users } from "@/db/schema";
import { signInSchema } from "@/server/schemas/users";
import { verifyPassword } from "./password";
import { countFailure, countSuccess, recordFailure, refuseSignInIfGuessing } from "./sign-in-guard";
import { recordSignIn } from "./sign-in-events";

// Checks an email and password. Every failure looks the same to the caller (null), so
// sign-in never tells whether an email has an account; failures are counted per address and
// per account (sign-in-guard.ts: it throws RateLimitedError, which the form shows). A right
// password alone is not a success for those limits: only a whole sign-in is (checkCredentials
// here, or the challenge's answer), so knowing the password does not reset the count of codes.

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

// A valid argon2id hash of a random string: checking against it when there is no account
// makes "no such email" take as long as "wrong password".
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$NAbM/IVJkdCioX02CogDZg$6nAI8/XsQKBpv8QRALYOK7gRXSuOhkbv04AI6DzFaVw";

/** Sign-in's first step: the account, if the password is right, and whether it must also give a code. */
export async function checkPassword(
  db: Database,
  input: unknown,
  address: string,
): Promise<(SignedInUser & { secondFactor: boolean }) | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await refuseSignInIfGuessing(db, { account: email, address, method: "password" });
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      bannedAt: users.bannedAt,
      system: users.system,
      sessionVersion: users.sessionVersion,
      factorOn: totpFactors.enabledAt,
    })
    .from(users)
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(eq(users.email, email));
  const matches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !matches || user.bannedAt || user.system || !user.email) {
    const lockouts = await countFailure(db, email, address);
    const userId = user && !user.system ? user.id : null;
    await recordFailure(db, { account: email, userId, address, method: "password" }, "password", lockouts);
    return null;
  }
  return {
    id: user.id,
    name: user.name ?? "",
    email: user.email,
    sessionVersion: user.sessionVersion,
    secondFactor: Boolean(user.factorOn),
  };
}

/** Email and password alone: an account with a second factor needs sign-in's second step (sign-in-challenge.ts). */
export async function checkCredentials(db: Database, input: unknown, address: string): Promise<SignedInUser | null> {
  const user = await checkPassword(db, input, address);
  if (!user || user.secondFactor) return null;
  await countSuccess(db, user.email, address);
  await recordSignIn(db, { outcome: "success", account: user.email, userId: user.id, address, method: "password" });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * The session version a new session of this account starts with, or null when it may not sign in this
 * way: banned, a system account, or, for an account with a second factor, any method but the password
 * form's (`credentials`, which asked for the code): GitHub, Google and email links cannot ask for one.
 */
export async function mayStartSession(db: Database, userId: string, method = "credentials"): Promise<number | null> {
  const [user] = await db
    .select({
      bannedAt: users.bannedAt,
      system: users.system,
      sessionVersion: users.sessionVersion,
      factorOn: totpFactors.enabledAt,
    })
    .from(users)
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(eq(users.id, userId));
  if (!user) return 0; // an account Auth.js is about to create (first OAuth or email sign-in)
  if (user.bannedAt || user.system || (user.factorOn && method !== "credentials")) return null;
  return user.sessionVersion;
}

/** The account behind a session token, if it may still be signed in (exists, not banned, same session version). */
export async function liveSessionUser(db: Database, userId: string, sessionVersion: number) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      bannedAt: users.bannedAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.bannedAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name ?? "", role: user.role };
}
