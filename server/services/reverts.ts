import "server-only";
import { and, eq } from "drizzle-orm";
import { type z } from "zod";
import { publishRevision } from "@/db/approved-position";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, positions, revisions } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { hidePositionSchema, revertSchema } from "@/server/schemas/proposals";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { contentValues, revisionContent } from "./revision-content";

// Moderators undo: a revert is a new approved revision copying an older approved one, and a
// withdrawal is a new approved revision that hides the position. Both are revisions like any
// other, so both can be undone the same way; nothing is overwritten.

/** Locks the position; refuses (409) when its current version is not the one the moderator saw. */
async function lockPosition(tx: Transaction, positionId: number, seenRevisionId: number) {
  const [position] = await tx
    .select({ id: positions.id, currentRevisionId: positions.currentRevisionId, published: positions.published })
    .from(positions)
    .where(eq(positions.id, positionId))
    .for("update");
  if (!position) throw new NotFoundError(`No position has the id ${positionId}.`);
  if (position.currentRevisionId !== seenRevisionId) {
    throw new ConflictError(
      `This position changed while you were looking at it: revision #${position.currentRevisionId ?? "none"} is now current, not #${seenRevisionId}. Reload the page to see it, then decide again.`,
    );
  }
  return position;
}

/** Restores an older approved version of a position as its current content. */
export async function revertTo(db: Database, moderator: Actor, input: unknown): Promise<{ revisionId: number }> {
  const parsed = revertSchema.parse(input);
  return db.transaction((tx) => revertInTransaction(tx, moderator, parsed));
}

/** `revertTo` inside a transaction the caller holds (a patrol's revert). */
export async function revertInTransaction(
  tx: Transaction,
  moderator: Actor,
  { revisionId, seenRevisionId, reason }: z.infer<typeof revertSchema>,
): Promise<{ revisionId: number }> {
  const [old] = await tx
    .select({ positionId: revisions.positionId, hidesPosition: revisions.hidesPosition })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.status, "approved")));
  if (!old) throw new NotFoundError(`No approved revision has the id ${revisionId}.`);
  const position = await lockPosition(tx, old.positionId, seenRevisionId);
  if (position.currentRevisionId === revisionId) throw new ConflictError("That is already the current version.");
  const content = await revisionContent(tx, revisionId);
  const now = new Date();
  const [row] = await tx
    .insert(revisions)
    .values({
      positionId: old.positionId,
      baseRevisionId: position.currentRevisionId,
      revertOfId: revisionId,
      authorId: moderator.id,
      ...contentValues(content),
      hidesPosition: old.hidesPosition,
      comment: reason,
      status: "approved",
      reviewerId: moderator.id,
      reviewedAt: now,
      reviewReason: `Revert to revision #${revisionId}.`,
    })
    .returning({ id: revisions.id });
  if (!row) throw new Error("Inserting the revert returned nothing");
  await publishRevision(tx, old.positionId, row.id, content, old.hidesPosition);
  await tx.insert(auditLog).values({
    actorId: moderator.id,
    action: "revision.revert",
    targetType: "position",
    targetId: String(old.positionId),
    reason,
    details: { revertedTo: revisionId, revisionId: row.id },
  });
  return { revisionId: row.id };
}

/** Hides a published position from every public view, keeping its content; a revert brings it back. */
export async function withdrawPosition(
  db: Database,
  moderator: Actor,
  input: unknown,
): Promise<{ revisionId: number }> {
  const parsed = hidePositionSchema.parse(input);
  return db.transaction((tx) => withdrawInTransaction(tx, moderator, parsed));
}

/** `withdrawPosition` inside a transaction the caller holds (a patrol's revert of a new position). */
export async function withdrawInTransaction(
  tx: Transaction,
  moderator: Actor,
  { positionId, seenRevisionId, reason }: z.infer<typeof hidePositionSchema>,
): Promise<{ revisionId: number }> {
  const position = await lockPosition(tx, positionId, seenRevisionId);
  if (!position.published || position.currentRevisionId === null)
    throw new ConflictError("This position is not published, so there is nothing to withdraw.");
  const content = await revisionContent(tx, position.currentRevisionId);
  const [row] = await tx
    .insert(revisions)
    .values({
      positionId,
      baseRevisionId: position.currentRevisionId,
      authorId: moderator.id,
      ...contentValues(content),
      hidesPosition: true,
      comment: reason,
      status: "approved",
      reviewerId: moderator.id,
      reviewedAt: new Date(),
      reviewReason: "Withdrawn by a moderator.",
    })
    .returning({ id: revisions.id });
  if (!row) throw new Error("Inserting the withdrawal returned nothing");
  await publishRevision(tx, positionId, row.id, content, true);
  await tx.insert(auditLog).values({
    actorId: moderator.id,
    action: "position.withdraw",
    targetType: "position",
    targetId: String(positionId),
    reason,
    details: { revisionId: row.id },
  });
  return { revisionId: row.id };
}
