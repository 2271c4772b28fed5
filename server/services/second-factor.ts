import "server-only";
import { and, count, eq, isNull, lt } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, recoveryCodes, totpFactors, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { confirmPassword } from "@/server/auth/confirm-password";
import { newRecoveryCodes, recoveryCodeHash } from "@/server/auth/recovery-codes";
import { isTotpSecret, newTotpSecret, totpTimeStep, totpUri } from "@/server/auth/totp";
import {
  confirmEnrolmentSchema,
  resetSecondFactorSchema,
  turnOffSecondFactorSchema,
} from "@/server/schemas/second-factor";
import { endSessionsOf } from "./auth-sessions";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/server/shared/errors";

// The second factor (ASVS 5.0 V6.5/V6.6 at L2): an authenticator app (TOTP) and ten recovery
// codes. Moderators and admins must have one to act as staff; contributors may turn it on.
// Turning it on or off ends the account's other sessions (the one that did it goes on); an
// admin's reset, and an enrolment from the command line, end them all.

export type SecondFactorStatus = { enabled: boolean; recoveryCodesLeft: number };

export async function secondFactorStatus(db: Database, userId: string): Promise<SecondFactorStatus> {
  const [[factor], [codes]] = await Promise.all([
    db.select({ enabledAt: totpFactors.enabledAt }).from(totpFactors).where(eq(totpFactors.userId, userId)),
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
  ]);
  return { enabled: Boolean(factor?.enabledAt), recoveryCodesLeft: codes?.n ?? 0 };
}

/** Starts (or starts again) enrolment: a new secret for the app, unused until its first code confirms it. */
export async function startEnrolment(db: Database, userId: string): Promise<{ secret: string; uri: string }> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user?.email) throw new NotFoundError("No such account.");
  if ((await secondFactorStatus(db, userId)).enabled)
    throw new ConflictError("Two-factor authentication is already on.");
  const secret = newTotpSecret();
  await db
    .insert(totpFactors)
    .values({ userId, secret })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { secret, enabledAt: null, lastTimeStep: 0, createdAt: new Date() },
    });
  return { secret, uri: totpUri(user.email, secret) };
}

/** `keepSession`: the session that turned it on, which goes on; every other session of the account ends. */
async function turnOn(
  tx: Transaction,
  userId: string,
  timeStep: number,
  keepSession: string | null,
): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx
    .update(totpFactors)
    .set({ enabledAt: new Date(), lastTimeStep: timeStep })
    .where(eq(totpFactors.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  await endSessionsOf(tx, userId, { except: keepSession });
  await tx.insert(auditLog).values({
    actorId: keepSession ? userId : null,
    action: "user.second_factor_on",
    targetType: "user",
    targetId: userId,
  });
  return codes;
}

/** Turns the second factor on with the current password and the app's first code; returns the recovery codes, shown once. */
export async function confirmEnrolment(
  db: Database,
  session: { userId: string; sessionId: string },
  input: unknown,
  address: string,
): Promise<string[]> {
  const { userId, sessionId } = session;
  const { currentPassword, code } = confirmEnrolmentSchema.parse(input);
  await confirmPassword(db, userId, currentPassword, address);
  const [factor] = await db
    .select({ secret: totpFactors.secret, enabledAt: totpFactors.enabledAt })
    .from(totpFactors)
    .where(eq(totpFactors.userId, userId));
  if (!factor) throw new ConflictError("Start again: scan the QR code first.");
  if (factor.enabledAt) throw new ConflictError("Two-factor authentication is already on.");
  const timeStep = await totpTimeStep(factor.secret, code, 0);
  if (timeStep === null)
    throw new FieldError("code", "That code is not right. Enter the newest code the app shows for Stance Atlas.");
  return db.transaction((tx) => turnOn(tx, userId, timeStep, sessionId));
}

/** The CLI's enrolment with a secret given by its operator (first admins, automation, outside checks). */
export async function enrolWithSecret(db: Database, userId: string, secret: string): Promise<string[]> {
  if (!isTotpSecret(secret))
    throw new FieldError(
      "totpSecret",
      "The TOTP secret must be base32 (A–Z, 2–7) of at least 26 characters (128 bits).",
    );
  return db.transaction(async (tx) => {
    await tx
      .insert(totpFactors)
      .values({ userId, secret })
      .onConflictDoUpdate({ target: totpFactors.userId, set: { secret } });
    return turnOn(tx, userId, 0, null);
  });
}

/**
 * Sign-in's second step: a code from the app for a time step after the last one used, or an unused
 * recovery code. Either works once, even when two requests race (the update is conditional).
 */
export async function spendSecondFactor(
  db: Database,
  userId: string,
  code: string,
): Promise<"totp" | "recovery" | null> {
  const [factor] = await db.select().from(totpFactors).where(eq(totpFactors.userId, userId));
  if (!factor?.enabledAt) return null;
  const timeStep = await totpTimeStep(factor.secret, code.trim(), factor.lastTimeStep);
  if (timeStep !== null) {
    const used = await db
      .update(totpFactors)
      .set({ lastTimeStep: timeStep })
      .where(and(eq(totpFactors.userId, userId), lt(totpFactors.lastTimeStep, timeStep)))
      .returning({ userId: totpFactors.userId });
    return used.length ? "totp" : null;
  }
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.codeHash, recoveryCodeHash(code)),
        eq(recoveryCodes.userId, userId),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ userId: recoveryCodes.userId });
  return used.length ? "recovery" : null;
}

async function turnOff(tx: Transaction, userId: string, keepSession: string | null) {
  await tx.delete(totpFactors).where(eq(totpFactors.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await endSessionsOf(tx, userId, { except: keepSession });
}

/** A contributor turns it off with the current password and a code; moderators and admins keep theirs. */
export async function turnOffSecondFactor(
  db: Database,
  session: { userId: string; sessionId: string },
  input: unknown,
  address: string,
): Promise<void> {
  const { userId, sessionId } = session;
  const { currentPassword, code } = turnOffSecondFactorSchema.parse(input);
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role !== "contributor")
    throw new ForbiddenError("Moderators and admins must keep two-factor authentication on.");
  await confirmPassword(db, userId, currentPassword, address);
  if (!(await spendSecondFactor(db, userId, code)))
    throw new FieldError("code", "That code is not right, or it has been used.");
  await db.transaction(async (tx) => {
    await turnOff(tx, userId, sessionId);
    await tx
      .insert(auditLog)
      .values({ actorId: userId, action: "user.second_factor_off", targetType: "user", targetId: userId });
  });
}

/** An admin resets an account's second factor (a lost phone and lost codes); audited, and its sessions end. */
export async function resetSecondFactor(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, reason } = resetSecondFactorSchema.parse(input);
  if (userId === actor.id) throw new ConflictError("Ask another admin to reset your own second factor.");
  if (!(await secondFactorStatus(db, userId)).enabled)
    throw new ConflictError("This account has no second factor to reset.");
  await db.transaction(async (tx) => {
    await turnOff(tx, userId, null);
    await tx
      .insert(auditLog)
      .values({ actorId: actor.id, action: "user.second_factor_reset", targetType: "user", targetId: userId, reason });
  });
}
