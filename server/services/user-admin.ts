import "server-only";
import { and, count, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { type Role } from "@/db/enums";
import { auditLog, totpFactors, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { banSchema, setRoleSchema, unbanSchema, userSearchSchema } from "@/server/schemas/users";
import { ConflictError, NotFoundError } from "./errors";

// Admins manage accounts: search, roles, bans. Every change is audited, and the site always
// keeps at least one admin who can sign in.

export type ManagedUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  bannedAt: string | null;
  banReason: string | null;
  createdAt: string;
  secondFactor: boolean;
};

export const USERS_SHOWN = 100;

export async function listUsers(db: Database, input: unknown = {}): Promise<{ users: ManagedUser[]; total: number }> {
  const { q } = userSearchSchema.parse(input);
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(eq(users.system, false), pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, bannedAt: users.bannedAt, banReason: users.banReason, createdAt: users.createdAt, factorOn: totpFactors.enabledAt })
      .from(users)
      .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(USERS_SHOWN),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    users: rows.map(({ factorOn, ...r }) => ({ ...r, name: r.name ?? "", email: r.email ?? "", bannedAt: r.bannedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(), secondFactor: factorOn !== null })),
  };
}

/** Locks the target and every active admin, so two admins demoting each other cannot leave none. */
async function lockTarget(tx: Transaction, userId: string) {
  const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), isNull(users.bannedAt))).for("update");
  const [target] = await tx
    .select({ id: users.id, role: users.role, bannedAt: users.bannedAt, name: users.name, secondFactorOn: totpFactors.enabledAt })
    .from(users)
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.system, false)))
    .for("update", { of: users });
  if (!target) throw new NotFoundError("No such account.");
  const isLastAdmin = target.role === "admin" && !target.bannedAt && admins.length <= 1;
  return { target, isLastAdmin };
}

export async function setRole(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, role } = setRoleSchema.parse(input);
  await db.transaction(async (tx) => {
    const { target, isLastAdmin } = await lockTarget(tx, userId);
    if (target.role === role) return;
    if (isLastAdmin) throw new ConflictError(`${target.name ?? "This account"} is the last admin. Make someone else an admin first.`);
    if (role !== "contributor" && !target.secondFactorOn) {
      throw new ConflictError(`${target.name ?? "This account"} must turn on two-factor authentication (on their account page) before they can be ${role === "admin" ? "an admin" : "a moderator"}.`);
    }
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(auditLog).values({ actorId: actor.id, action: "user.role_change", targetType: "user", targetId: userId, details: { from: target.role, to: role } });
  });
}

/** Bans an account: it cannot sign in or write, and its open sessions end at once. */
export async function banUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, reason } = banSchema.parse(input);
  if (userId === actor.id) throw new ConflictError("You cannot ban your own account.");
  await db.transaction(async (tx) => {
    const { target, isLastAdmin } = await lockTarget(tx, userId);
    if (target.bannedAt) throw new ConflictError(`${target.name ?? "This account"} is already banned.`);
    if (isLastAdmin) throw new ConflictError(`${target.name ?? "This account"} is the last admin and cannot be banned.`);
    await tx
      .update(users)
      .set({ bannedAt: new Date(), banReason: reason, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await tx.insert(auditLog).values({ actorId: actor.id, action: "user.ban", targetType: "user", targetId: userId, reason });
  });
}

export async function unbanUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, reason } = unbanSchema.parse(input);
  await db.transaction(async (tx) => {
    const { target } = await lockTarget(tx, userId);
    if (!target.bannedAt) throw new ConflictError(`${target.name ?? "This account"} is not banned.`);
    await tx.update(users).set({ bannedAt: null, banReason: null, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(auditLog).values({ actorId: actor.id, action: "user.unban", targetType: "user", targetId: userId, reason: reason || null });
  });
}
