import "server-only";
import { eq, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { confirmPassword } from "@/server/auth/confirm-password";
import { hashPassword } from "@/server/auth/password";
import { newPasswordSchema } from "@/server/auth/password-policy";
import { changePasswordSchema } from "@/server/schemas/users";
import { endSessionsOf } from "./auth-sessions";

// What signed-in users do to their own account.

/** Ends every session of the account (all devices): their tokens carry the old session version. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  await endSessionsOf(db, userId);
}

/** Replaces the password after checking the current one; every session of the account ends. */
export async function changePassword(
  db: Database,
  userId: string,
  input: unknown,
  address: string,
): Promise<{ email: string }> {
  const data = changePasswordSchema.extend({ newPassword: newPasswordSchema }).parse(input);
  const email = await confirmPassword(db, userId, data.currentPassword, address);
  const passwordHash = await hashPassword(data.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await tx
      .insert(auditLog)
      .values({ actorId: userId, action: "user.password_change", targetType: "user", targetId: userId });
  });
  return { email };
}
