import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { newPasswordSchema } from "@/server/auth/password-policy";
import { type CreateUserInput, createUserSchema, type UpdateUserInput, updateUserSchema } from "@/server/schemas/users";
import { ConflictError, NotFoundError } from "@/server/shared/errors";

export type UserSummary = { id: string; email: string; name: string; role: string };

const summary = { id: users.id, email: users.email, name: users.name, role: users.role };

function toSummary(row: { id: string; email: string | null; name: string | null; role: string }): UserSummary {
  return { id: row.id, email: row.email ?? "", name: row.name ?? "", role: row.role };
}

/** Creates an account; the email must not be taken. */
export async function createUser(db: Database, input: CreateUserInput, actorId?: string): Promise<UserSummary> {
  const data = createUserSchema.extend({ password: newPasswordSchema }).parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: data.email,
        name: data.name ?? data.email.split("@")[0],
        passwordHash,
        role: data.role,
      })
      .onConflictDoNothing({ target: users.email })
      .returning(summary);
    if (!row) throw new ConflictError(`An account with the email ${data.email} already exists.`);
    await tx.insert(auditLog).values({
      actorId: actorId ?? null,
      action: "user.create",
      targetType: "user",
      targetId: row.id,
      details: { role: data.role },
    });
    return toSummary(row);
  });
}

/** Changes an existing account's role, password or display name. */
export async function updateUser(db: Database, input: UpdateUserInput, actorId?: string): Promise<UserSummary> {
  const data = updateUserSchema.extend({ password: newPasswordSchema.optional() }).parse(input);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        ...(data.role && { role: data.role }),
        ...(data.name && { name: data.name }),
        // A new password ends every other session of the account.
        ...(passwordHash && { passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }),
        updatedAt: new Date(),
      })
      .where(and(eq(users.email, data.email), eq(users.system, false)))
      .returning(summary);
    if (!row) throw new NotFoundError(`No account has the email ${data.email}.`);
    await tx.insert(auditLog).values({
      actorId: actorId ?? null,
      action: "user.update",
      targetType: "user",
      targetId: row.id,
      details: { role: data.role ?? null, passwordChanged: Boolean(passwordHash), nameChanged: Boolean(data.name) },
    });
    return toSummary(row);
  });
}
