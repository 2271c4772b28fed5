import "server-only";
import { eq, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { newPasswordSchema } from "@/server/auth/password-policy";
import { countFailure, countSuccess, refuseIfGuessing } from "@/server/auth/sign-in-guard";
import { changePasswordSchema } from "@/server/schemas/users";
import { FieldError, NotFoundError } from "./errors";

// What signed-in users do to their own account.

/** Ends every session of the account (all devices): their tokens carry the old session version. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}

/** Replaces the password after checking the current one; every session of the account ends. */
export async function changePassword(db: Database, userId: string, input: unknown, address: string): Promise<{ email: string }> {
  const data = changePasswordSchema.extend({ newPassword: newPasswordSchema }).parse(input);
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user?.email) throw new NotFoundError("No such account.");
  if (!user.passwordHash) throw new FieldError("currentPassword", "This account signs in without a password, so it has none to change.");
  // Guessing the current password through this form counts like guessing it at sign-in.
  await refuseIfGuessing(db, user.email, address);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword).catch(() => false))) {
    await countFailure(db, user.email, address);
    throw new FieldError("currentPassword", "That is not your current password.");
  }
  await countSuccess(db, user.email, address);
  const passwordHash = await hashPassword(data.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(auditLog).values({ actorId: userId, action: "user.password_change", targetType: "user", targetId: userId });
  });
  return { email: user.email };
}
