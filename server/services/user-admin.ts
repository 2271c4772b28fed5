import "server-only";
import { and, count, desc, eq, ilike, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { type Role } from "@/db/enums";
import { auditLog, revisions, totpFactors, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { banSchema, setRoleSchema, setTrustedSchema, unbanSchema, userSearchSchema } from "@/server/schemas/users";
import { ConflictError, NotFoundError } from "@/server/shared/errors";

// Admins manage accounts: search, roles, trust, bans. Every change is audited, and the site always
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
  trusted: boolean;
  /** Their proposals as reviewed by moderators (their own self-approvals and trusted publications aside). */
  record: { approved: number; rejected: number };
};

/** After this many approved proposals and no rejection a contributor is shown to admins as eligible for trust (never made trusted automatically). */
export const TRUST_ELIGIBLE_AFTER = 10;
export const trustEligible = (user: Pick<ManagedUser, "role" | "trusted" | "record">) =>
  user.role === "contributor" &&
  !user.trusted &&
  user.record.approved >= TRUST_ELIGIBLE_AFTER &&
  user.record.rejected === 0;

export const USERS_SHOWN = 100;

export async function listUsers(db: Database, input: unknown = {}): Promise<{ users: ManagedUser[]; total: number }> {
  const { q } = userSearchSchema.parse(input);
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(users.system, false),
    pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        bannedAt: users.bannedAt,
        banReason: users.banReason,
        createdAt: users.createdAt,
        trustedAt: users.trustedAt,
        factorOn: totpFactors.enabledAt,
      })
      .from(users)
      .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(USERS_SHOWN),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const records = await reviewRecords(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: total?.n ?? 0,
    users: rows.map(({ factorOn, trustedAt, ...r }) => ({
      ...r,
      name: r.name ?? "",
      email: r.email ?? "",
      bannedAt: r.bannedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      secondFactor: factorOn !== null,
      trusted: trustedAt !== null,
      record: { approved: records.get(`${r.id}/approved`) ?? 0, rejected: records.get(`${r.id}/rejected`) ?? 0 },
    })),
  };
}

/** How many of each account's proposals a moderator approved or rejected (not their own decisions). */
async function reviewRecords(db: Database, userIds: string[]): Promise<Map<string, number>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({ authorId: revisions.authorId, status: revisions.status, n: count() })
    .from(revisions)
    .where(
      and(
        inArray(revisions.authorId, userIds),
        inArray(revisions.status, ["approved", "rejected"]),
        ne(revisions.reviewerId, revisions.authorId),
      ),
    )
    .groupBy(revisions.authorId, revisions.status);
  return new Map(rows.map((r) => [`${r.authorId}/${r.status}`, r.n]));
}

/** Locks the target and every active admin, so two admins demoting each other cannot leave none. */
async function lockTarget(tx: Transaction, userId: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.bannedAt)))
    .for("update");
  const [target] = await tx
    .select({
      id: users.id,
      role: users.role,
      bannedAt: users.bannedAt,
      name: users.name,
      secondFactorOn: totpFactors.enabledAt,
    })
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
    if (isLastAdmin)
      throw new ConflictError(`${target.name ?? "This account"} is the last admin. Make someone else an admin first.`);
    if (role !== "contributor" && !target.secondFactorOn) {
      throw new ConflictError(
        `${target.name ?? "This account"} must turn on two-factor authentication (on their account page) before they can be ${role === "admin" ? "an admin" : "a moderator"}.`,
      );
    }
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: "user.role_change",
      targetType: "user",
      targetId: userId,
      details: { from: target.role, to: role },
    });
  });
}

/** Bans an account: it cannot sign in or write, and its open sessions end at once. */
export async function banUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, reason } = banSchema.parse(input);
  if (userId === actor.id) throw new ConflictError("You cannot ban your own account.");
  await db.transaction(async (tx) => {
    const { target, isLastAdmin } = await lockTarget(tx, userId);
    if (target.bannedAt) throw new ConflictError(`${target.name ?? "This account"} is already banned.`);
    if (isLastAdmin)
      throw new ConflictError(`${target.name ?? "This account"} is the last admin and cannot be banned.`);
    await tx
      .update(users)
      .set({
        bannedAt: new Date(),
        banReason: reason,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await tx
      .insert(auditLog)
      .values({ actorId: actor.id, action: "user.ban", targetType: "user", targetId: userId, reason });
  });
}

/** Trusts a contributor (their proposals are published at once, then patrolled) or takes trust back. */
export async function setTrusted(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, trusted, reason } = setTrustedSchema.parse(input);
  await db.transaction(async (tx) => {
    const { target } = await lockTarget(tx, userId);
    const [row] = await tx.select({ trustedAt: users.trustedAt }).from(users).where(eq(users.id, userId));
    const name = target.name ?? "This account";
    if (trusted && row?.trustedAt) throw new ConflictError(`${name} is already trusted.`);
    if (!trusted && !row?.trustedAt) throw new ConflictError(`${name} is not trusted.`);
    if (trusted && target.bannedAt)
      throw new ConflictError(`${name} is banned; lift the ban before trusting the account.`);
    await tx
      .update(users)
      .set({ trustedAt: trusted ? new Date() : null, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: trusted ? "user.trust" : "user.untrust",
      targetType: "user",
      targetId: userId,
      reason: reason || null,
    });
  });
}

export async function unbanUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, reason } = unbanSchema.parse(input);
  await db.transaction(async (tx) => {
    const { target } = await lockTarget(tx, userId);
    if (!target.bannedAt) throw new ConflictError(`${target.name ?? "This account"} is not banned.`);
    await tx.update(users).set({ bannedAt: null, banReason: null, updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: "user.unban",
      targetType: "user",
      targetId: userId,
      reason: reason || null,
    });
  });
}
