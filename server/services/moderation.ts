import "server-only";
import { eq } from "drizzle-orm";
import { publishRevision } from "@/db/approved-position";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, positions, revisions, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { approveSchema, rejectSchema } from "@/server/schemas/proposals";
import { changedFields, type ContentField, mergeContent, sameContent } from "@/server/shared/revision-fields";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { contentValues, revisionContent } from "./revision-content";

// Moderators decide on pending revisions. Each decision locks the revision and its position,
// so of two moderators acting at once exactly one succeeds and the other is told who won.

/** The proposal was based on a version that is no longer current: the moderator must choose per field. */
export class ReviewConflictError extends ConflictError {
  override name = "ReviewConflictError";
}

async function lockPending(tx: Transaction, revisionId: number) {
  const [revision] = await tx
    .select({
      id: revisions.id,
      positionId: revisions.positionId,
      authorId: revisions.authorId,
      baseRevisionId: revisions.baseRevisionId,
      status: revisions.status,
      reviewerId: revisions.reviewerId,
    })
    .from(revisions)
    .where(eq(revisions.id, revisionId))
    .for("update");
  if (!revision) throw new NotFoundError(`No revision has the id ${revisionId}.`);
  if (revision.status !== "pending") {
    // Read after the lock: the reviewer of the decision that won.
    const [reviewer] = revision.reviewerId
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, revision.reviewerId))
      : [];
    const by = reviewer?.name ? ` by ${reviewer.name}` : "";
    throw new ConflictError(`Someone got there first: this proposal was already ${revision.status}${by}.`);
  }
  const [position] = await tx
    .select({ currentRevisionId: positions.currentRevisionId })
    .from(positions)
    .where(eq(positions.id, revision.positionId))
    .for("update");
  if (!position) throw new Error(`Position ${revision.positionId} is missing`);
  return { revision, currentRevisionId: position.currentRevisionId };
}

const review = (moderator: Actor, status: "approved" | "rejected", reason: string | null) => ({
  status,
  reviewerId: moderator.id,
  reviewedAt: new Date(),
  reviewReason: reason,
});

/**
 * Publishes a pending revision. If another edit was approved after the one it is based on,
 * `take` must say, field by field, whether the current version or the proposal wins; a mix
 * is published as a new revision credited to the proposal's author, and the proposal is
 * closed with a note pointing to it.
 */
export async function approveRevision(
  db: Database,
  moderator: Actor,
  input: unknown,
): Promise<{ publishedRevisionId: number }> {
  const { revisionId, take } = approveSchema.parse(input);
  return db.transaction(async (tx) => {
    const { revision, currentRevisionId } = await lockPending(tx, revisionId);
    const proposal = await revisionContent(tx, revisionId);
    const stale = currentRevisionId !== null && currentRevisionId !== revision.baseRevisionId;
    let published = { id: revisionId, content: proposal };
    if (stale && !take) {
      throw new ReviewConflictError(
        "Another edit of this position was approved after this proposal was made. Choose, field by field, which version to keep.",
      );
    }
    if (stale && take) {
      const current = await revisionContent(tx, currentRevisionId);
      const merged = mergeContent(current, proposal, take);
      if (sameContent(merged, current))
        throw new ConflictError("Every field you chose is already the current version: reject the proposal instead.");
      if (!sameContent(merged, proposal)) {
        const kept = (Object.keys(take) as ContentField[]).filter(
          (f) => take[f] === "current" && changedFields(current, proposal).includes(f),
        );
        const [row] = await tx
          .insert(revisions)
          .values({
            positionId: revision.positionId,
            baseRevisionId: currentRevisionId,
            authorId: revision.authorId,
            ...contentValues(merged),
            comment: `Merge of proposal #${revisionId} with revision #${currentRevisionId}; kept from #${currentRevisionId}: ${kept.join(", ")}.`,
            ...review(moderator, "approved", null),
          })
          .returning({ id: revisions.id });
        if (!row) throw new Error("Inserting the merged revision returned nothing");
        await tx
          .update(revisions)
          .set(
            review(
              moderator,
              "rejected",
              `Merged with the version approved meanwhile and published as revision #${row.id}.`,
            ),
          )
          .where(eq(revisions.id, revisionId));
        published = { id: row.id, content: merged };
      }
    }
    if (published.id === revisionId)
      await tx
        .update(revisions)
        .set(review(moderator, "approved", null))
        .where(eq(revisions.id, revisionId));
    await publishRevision(tx, revision.positionId, published.id, published.content);
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "revision.approve",
      targetType: "revision",
      targetId: String(revisionId),
      details: {
        positionId: revision.positionId,
        publishedRevisionId: published.id,
        merged: published.id !== revisionId,
      },
    });
    return { publishedRevisionId: published.id };
  });
}

/** Closes a pending revision unpublished; the author sees the reason. */
export async function rejectRevision(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { revisionId, reason } = rejectSchema.parse(input);
  await db.transaction(async (tx) => {
    const { revision } = await lockPending(tx, revisionId);
    await tx
      .update(revisions)
      .set(review(moderator, "rejected", reason))
      .where(eq(revisions.id, revisionId));
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "revision.reject",
      targetType: "revision",
      targetId: String(revisionId),
      reason,
      details: { positionId: revision.positionId },
    });
  });
}
