import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { type Locale } from "@/server/i18n/locales";
import { type Database } from "@/db/client";
import { auditLog, governments, positions, replies, representatives, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import {
  grantRepresentativeSchema,
  hideReplySchema,
  replySchema,
  revokeRepresentativeSchema,
} from "@/server/schemas/replies";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/server/shared/errors";
import { consumeRateLimit, RATE_LIMITS } from "./rate-limits";

// A government's right of reply: admins link accounts to governments as official representatives
// (audited, revocable); a representative replies to its own government's positions; moderators
// hide a reply for abuse only, with a reason shown in its place. Replies never change the coding.

export type Reply = {
  id: number;
  positionId: number;
  government: { iso3: string; name: string };
  createdAt: string;
  /** Null when hidden: the reason is shown instead. */
  body: string | null;
  /** The language the representative wrote in. */
  language: Locale;
  sourceUrl: string | null;
  hidden: { reason: string; by: string } | null;
};

/** The government an account speaks for now, if any. */
export async function representationOf(
  db: Database,
  userId: string,
): Promise<{ id: number; iso3: string; name: string } | null> {
  const [row] = await db
    .select({ id: representatives.id, iso3: governments.iso3, name: governments.name })
    .from(representatives)
    .innerJoin(governments, eq(governments.iso3, representatives.governmentIso3))
    .where(and(eq(representatives.userId, userId), isNull(representatives.revokedAt)));
  return row ?? null;
}

export async function grantRepresentative(
  db: Database,
  admin: Actor,
  input: unknown,
): Promise<{ representativeId: number }> {
  const { email, government, verificationNote } = grantRepresentativeSchema.parse(input);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, bannedAt: users.bannedAt })
      .from(users)
      .where(and(eq(users.email, email), eq(users.system, false)))
      .for("update");
    if (!user)
      throw new FieldError("email", "No account has this email address; ask the representative to sign up first.");
    if (user.bannedAt) throw new FieldError("email", "This account is banned.");
    const [gov] = await tx.select({ name: governments.name }).from(governments).where(eq(governments.iso3, government));
    if (!gov) throw new FieldError("government", `Unknown government: ${government}.`);
    const current = await representationOf(tx, user.id);
    if (current)
      throw new ConflictError(`${user.name ?? email} already represents ${current.name}; revoke that first.`);
    const [row] = await tx
      .insert(representatives)
      .values({ userId: user.id, governmentIso3: government, verificationNote, grantedBy: admin.id })
      .returning({ id: representatives.id });
    if (!row) throw new Error("Inserting a representative returned nothing");
    await tx.insert(auditLog).values({
      actorId: admin.id,
      action: "representative.grant",
      targetType: "user",
      targetId: user.id,
      reason: verificationNote,
      details: { government, representativeId: row.id },
    });
    return { representativeId: row.id };
  });
}

export async function revokeRepresentative(db: Database, admin: Actor, input: unknown): Promise<void> {
  const { representativeId, reason } = revokeRepresentativeSchema.parse(input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        userId: representatives.userId,
        government: representatives.governmentIso3,
        revokedAt: representatives.revokedAt,
      })
      .from(representatives)
      .where(eq(representatives.id, representativeId))
      .for("update");
    if (!row) throw new NotFoundError(`No representative has the id ${representativeId}.`);
    if (row.revokedAt) throw new ConflictError("This link was already revoked.");
    await tx
      .update(representatives)
      .set({ revokedAt: new Date(), revokedBy: admin.id, revokeReason: reason })
      .where(eq(representatives.id, representativeId));
    await tx.insert(auditLog).values({
      actorId: admin.id,
      action: "representative.revoke",
      targetType: "user",
      targetId: row.userId,
      reason,
      details: { government: row.government, representativeId },
    });
  });
}

export type RepresentativeRow = {
  id: number;
  name: string;
  email: string;
  government: { iso3: string; name: string };
  verificationNote: string;
  grantedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
};

/** Every link, current ones first, for admins. */
export async function listRepresentatives(db: Database): Promise<RepresentativeRow[]> {
  const rows = await db
    .select({
      id: representatives.id,
      name: users.name,
      email: users.email,
      iso3: governments.iso3,
      government: governments.name,
      verificationNote: representatives.verificationNote,
      grantedAt: representatives.grantedAt,
      revokedAt: representatives.revokedAt,
      revokeReason: representatives.revokeReason,
    })
    .from(representatives)
    .innerJoin(users, eq(users.id, representatives.userId))
    .innerJoin(governments, eq(governments.iso3, representatives.governmentIso3))
    .orderBy(desc(isNull(representatives.revokedAt)), asc(governments.name), desc(representatives.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? "",
    email: r.email ?? "",
    government: { iso3: r.iso3, name: r.government },
    verificationNote: r.verificationNote,
    grantedAt: r.grantedAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokeReason: r.revokeReason,
  }));
}

/** Posts a reply to a published position of the representative's own government. */
export async function postReply(db: Database, actor: Actor, input: unknown): Promise<{ replyId: number }> {
  const { positionId, body, language, sourceUrl } = replySchema.parse(input);
  const [position] = await db
    .select({ iso3: positions.governmentIso3, published: positions.published })
    .from(positions)
    .where(eq(positions.id, positionId));
  if (!position?.published) throw new NotFoundError(`No published position has the id ${positionId}.`);
  const representation = await representationOf(db, actor.id);
  if (!representation)
    throw new ForbiddenError("Only a government's official representative can reply to its positions.");
  if (representation.iso3 !== position.iso3)
    throw new ForbiddenError(`You represent ${representation.name}: you can reply to its positions only.`);
  await consumeRateLimit(db, RATE_LIMITS.repliesPerUser, actor.id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(replies)
      .values({ positionId, governmentIso3: position.iso3, authorId: actor.id, body, language, sourceUrl })
      .returning({ id: replies.id });
    if (!row) throw new Error("Inserting a reply returned nothing");
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: "reply.post",
      targetType: "reply",
      targetId: String(row.id),
      details: { positionId, government: position.iso3 },
    });
    return { replyId: row.id };
  });
}

export async function hideReply(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { replyId, reason } = hideReplySchema.parse(input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ positionId: replies.positionId, hiddenAt: replies.hiddenAt })
      .from(replies)
      .where(eq(replies.id, replyId))
      .for("update");
    if (!row) throw new NotFoundError(`No reply has the id ${replyId}.`);
    if (row.hiddenAt) throw new ConflictError("This reply is already hidden.");
    await tx
      .update(replies)
      .set({ hiddenAt: new Date(), hiddenBy: moderator.id, hiddenReason: reason })
      .where(eq(replies.id, replyId));
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "reply.hide",
      targetType: "reply",
      targetId: String(replyId),
      reason,
      details: { positionId: row.positionId },
    });
  });
}

/** The replies to these positions, oldest first; a hidden one carries its reason, not its text. */
export async function repliesTo(db: Database, positionIds: number[]): Promise<Reply[]> {
  return positionIds.length ? replyRows(db, inArray(replies.positionId, positionIds)) : [];
}

/** The replies to one published position (the read API's); an unknown or withdrawn position is not found. */
export async function publishedPositionReplies(db: Database, positionId: number): Promise<Reply[]> {
  const [position] = await db
    .select({ published: positions.published })
    .from(positions)
    .where(eq(positions.id, positionId));
  if (!position?.published) throw new NotFoundError(`No published position has the id ${positionId}.`);
  return repliesTo(db, [positionId]);
}

/** Every reply a government's representatives posted, oldest first (its page shows each beside its position). */
export function repliesOfGovernment(db: Database, iso3: string): Promise<Reply[]> {
  return replyRows(db, eq(replies.governmentIso3, iso3.toUpperCase()));
}

async function replyRows(db: Database, where: SQL): Promise<Reply[]> {
  const hider = users;
  const rows = await db
    .select({
      id: replies.id,
      positionId: replies.positionId,
      iso3: governments.iso3,
      name: governments.name,
      createdAt: replies.createdAt,
      body: replies.body,
      language: sql<Locale>`${replies.language}`,
      sourceUrl: replies.sourceUrl,
      hiddenReason: replies.hiddenReason,
      hiddenBy: hider.name,
    })
    .from(replies)
    .innerJoin(governments, eq(governments.iso3, replies.governmentIso3))
    .leftJoin(hider, eq(hider.id, replies.hiddenBy))
    .where(where)
    .orderBy(asc(replies.id));
  return rows.map((r) => ({
    id: r.id,
    positionId: r.positionId,
    government: { iso3: r.iso3, name: r.name },
    createdAt: r.createdAt.toISOString(),
    body: r.hiddenReason === null ? r.body : null,
    language: r.language,
    sourceUrl: r.hiddenReason === null ? r.sourceUrl : null,
    hidden: r.hiddenReason === null ? null : { reason: r.hiddenReason, by: r.hiddenBy ?? "a moderator" },
  }));
}
