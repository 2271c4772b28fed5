import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, recoveryCodes, signInChallenges, totpFactors, users } from "@/db/schema";
import { mayStartSession } from "@/server/auth/credentials";
import { endSessionsOf } from "./auth-sessions";

// Email-link sign-in proves the address. Sign-up does not (anyone may register any address with a
// password they keep: "pre-hijacking"), so the first link into a self-registered account whose
// address was never proven hands the account to the address's owner: the password and second
// factor someone set without proving the address are removed and every session ends. Only
// contributor accounts are claimed this way: staff accounts are made by an admin, not by sign-up,
// and keep their password and second factor (they may not sign in by link at all when they have one).

/** What a sign-in link asked for this address leads to: a link, a note to use password and code, or nothing. */
export type EmailLinkStanding = "link" | "password-and-code" | "none";

const unproven = and(
  isNull(users.emailVerified),
  isNotNull(users.passwordHash),
  eq(users.role, "contributor"),
  eq(users.system, false),
  isNull(users.bannedAt),
);

export async function emailLinkStanding(db: Database, email: string): Promise<EmailLinkStanding> {
  const [user] = await db
    .select({ id: users.id, claimable: sql<boolean>`${unproven}`, factorOn: totpFactors.enabledAt })
    .from(users)
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(eq(users.email, email));
  if (!user || user.claimable) return "link"; // a new account, or one the link will hand to the address's owner
  if ((await mayStartSession(db, user.id, "nodemailer")) !== null) return "link";
  return user.factorOn ? "password-and-code" : "none";
}

/**
 * Called when a sign-in link is used, before the session starts: if the account is one the address's
 * owner is only now proving, it becomes theirs (one transaction, audited). True when it was claimed.
 */
export async function claimByEmailLink(db: Database, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(users)
      .set({
        passwordHash: null,
        emailVerified: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), unproven))
      .returning({
        id: users.id,
        factor: sql<boolean>`exists (select 1 from ${totpFactors} where ${totpFactors.userId} = ${users.id})`,
      });
    if (!claimed) return false;
    await tx.delete(totpFactors).where(eq(totpFactors.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId));
    await endSessionsOf(tx, userId);
    await tx.insert(auditLog).values({
      actorId: userId,
      action: "user.email_claim",
      targetType: "user",
      targetId: userId,
      reason:
        "First sign-in link to an address never proven: the password (and any second factor) set without it were removed.",
      details: { passwordRemoved: true, secondFactorRemoved: claimed.factor },
    });
    return true;
  });
}
