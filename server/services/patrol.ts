import "server-only";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, patrols, revisions, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { rejectSchema, revisionIdSchema } from "@/server/schemas/proposals";
import { pickContent, type RevisionContent } from "@/server/shared/revision-fields";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { revertInTransaction, withdrawInTransaction } from "./reverts";
import { contentColumns } from "./revision-content";
import { positionOfRow, type RevisionPosition, selectRevisionRows } from "./revision-rows";

// Patrol: what trusted contributors published without review, oldest first, for a moderator to
// mark patrolled (it stays) or revert (the position goes back to the version before it, or a new
// position is withdrawn). Each decision locks the patrol, so two moderators cannot both decide.

export type PatrolItem = {
  revisionId: number;
  createdAt: string;
  author: { id: string; name: string };
  position: RevisionPosition;
  published: RevisionContent;
  /** The version it replaced; null for a new position. */
  before: RevisionContent | null;
  /** False when the position has changed again since: it can only be marked patrolled. */
  isCurrent: boolean;
};

export const PATROL_SHOWN = 50;

export async function patrolQueue(db: Database): Promise<{ items: PatrolItem[]; total: number }> {
  const open = isNull(patrols.outcome);
  const [rows, [total]] = await Promise.all([
    selectRevisionRows(db)
      .innerJoin(patrols, eq(patrols.revisionId, revisions.id))
      .where(open)
      .orderBy(asc(patrols.createdAt), asc(patrols.revisionId))
      .limit(PATROL_SHOWN),
    db.select({ n: count() }).from(patrols).where(open),
  ]);
  const baseIds = rows.flatMap((r) => (r.baseRevisionId === null ? [] : [r.baseRevisionId]));
  const bases = baseIds.length
    ? await db
        .select({ id: revisions.id, ...contentColumns })
        .from(revisions)
        .where(inArray(revisions.id, baseIds))
    : [];
  const base = new Map(bases.map(({ id, ...content }) => [id, content]));
  const items = rows.map((r): PatrolItem => ({
    revisionId: r.revisionId,
    createdAt: r.createdAt.toISOString(),
    author: { id: r.authorId, name: r.authorName ?? "Unnamed contributor" },
    position: positionOfRow(r),
    published: pickContent(r),
    before: r.baseRevisionId === null ? null : (base.get(r.baseRevisionId) ?? null),
    isCurrent: r.currentRevisionId === r.revisionId,
  }));
  return { items, total: total?.n ?? 0 };
}

/**
 * Locks an open patrol; refuses one already decided, naming who decided it. The patrol row is locked
 * on its own and the rest read after the lock: PostgreSQL re-checks a row locked through a join
 * against the joined rows as they were before the wait, so the loser of a race was told not found,
 * or not who won.
 */
async function lockOpenPatrol(tx: Transaction, revisionId: number) {
  const [patrol] = await tx
    .select({ outcome: patrols.outcome, patrolledBy: patrols.patrolledBy })
    .from(patrols)
    .where(eq(patrols.revisionId, revisionId))
    .for("update");
  if (!patrol) throw new NotFoundError(`No published edit awaiting patrol has the id ${revisionId}.`);
  if (patrol.outcome) {
    const [winner] = patrol.patrolledBy
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, patrol.patrolledBy))
      : [];
    throw new ConflictError(
      `Someone got there first: this edit was already ${patrol.outcome}${winner?.name ? ` by ${winner.name}` : ""}.`,
    );
  }
  const [revision] = await tx
    .select({ positionId: revisions.positionId, baseRevisionId: revisions.baseRevisionId })
    .from(revisions)
    .where(eq(revisions.id, revisionId));
  if (!revision) throw new Error(`Patrol ${revisionId} has no revision`);
  return revision;
}

const decided = (moderator: Actor, outcome: "patrolled" | "reverted") => ({
  outcome,
  patrolledBy: moderator.id,
  patrolledAt: new Date(),
});

/** The edit stays as published; the public log shows it patrolled. */
export async function markPatrolled(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { revisionId } = revisionIdSchema.parse(input);
  await db.transaction(async (tx) => {
    const patrol = await lockOpenPatrol(tx, revisionId);
    await tx.update(patrols).set(decided(moderator, "patrolled")).where(eq(patrols.revisionId, revisionId));
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "revision.patrol",
      targetType: "revision",
      targetId: String(revisionId),
      details: { positionId: patrol.positionId },
    });
  });
}

/**
 * Undoes the published edit: the position goes back to the version before it (a revert), or, if
 * the edit created the position, the position is withdrawn. Refused when the position has changed
 * again since (that later version is what a moderator would be undoing).
 */
export async function revertPatrolled(db: Database, moderator: Actor, input: unknown): Promise<{ revisionId: number }> {
  const { revisionId, reason } = rejectSchema.parse(input);
  return db.transaction(async (tx) => {
    const patrol = await lockOpenPatrol(tx, revisionId);
    const undone =
      patrol.baseRevisionId === null
        ? await withdrawInTransaction(tx, moderator, {
            positionId: patrol.positionId,
            seenRevisionId: revisionId,
            reason,
          })
        : await revertInTransaction(tx, moderator, {
            revisionId: patrol.baseRevisionId,
            seenRevisionId: revisionId,
            reason,
          });
    await tx
      .update(patrols)
      .set(decided(moderator, "reverted"))
      .where(and(eq(patrols.revisionId, revisionId), isNull(patrols.outcome)));
    return undone;
  });
}
