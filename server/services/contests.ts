import "server-only";
import { eq } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, positions } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { clearContestSchema, contestSchema } from "@/server/schemas/contests";
import { ConflictError, NotFoundError } from "@/server/shared/errors";

// A moderator marks a published position contested (sources disagree, the coding is disputed)
// with a note readers see, and clears it when settled. Its stance stays as coded: contested says
// how sure the record is, not what it says. Audited, and shown in the public log.

async function lockPublished(tx: Transaction, positionId: number) {
  const [position] = await tx
    .select({ published: positions.published, note: positions.contestedNote })
    .from(positions)
    .where(eq(positions.id, positionId))
    .for("update");
  if (!position?.published) throw new NotFoundError(`No published position has the id ${positionId}.`);
  return position;
}

/** Marks a position contested, or changes the note of one that is; inside the caller's transaction. */
export async function markContested(
  tx: Transaction,
  moderator: Actor,
  positionId: number,
  note: string,
): Promise<void> {
  const position = await lockPublished(tx, positionId);
  if (position.note === note) throw new ConflictError("This position is already contested with this note.");
  await tx
    .update(positions)
    .set({ contestedNote: note, contestedAt: new Date(), contestedBy: moderator.id })
    .where(eq(positions.id, positionId));
  await tx.insert(auditLog).values({
    actorId: moderator.id,
    action: "position.contest",
    targetType: "position",
    targetId: String(positionId),
    reason: note,
  });
}

export async function contestPosition(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { positionId, note } = contestSchema.parse(input);
  await db.transaction((tx) => markContested(tx, moderator, positionId, note));
}

export async function clearContest(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { positionId, reason } = clearContestSchema.parse(input);
  await db.transaction(async (tx) => {
    const position = await lockPublished(tx, positionId);
    if (position.note === null) throw new ConflictError("This position is not marked contested.");
    await tx
      .update(positions)
      .set({ contestedNote: null, contestedAt: null, contestedBy: null })
      .where(eq(positions.id, positionId));
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "position.uncontest",
      targetType: "position",
      targetId: String(positionId),
      reason,
    });
  });
}
