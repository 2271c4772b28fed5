import { eq } from "drizzle-orm";
import { type Database } from "./client";
import { positions, revisions } from "./schema";
import { type DatePrecision, type EvidenceKind, type Stance } from "./enums";

// Writes a new position whose first revision is already approved (seed data, imports,
// test factories), keeping the position's cached columns in step with that revision.
// Run it inside a transaction. Returns the new position's id, or null if one with the
// same (government, topic, date stated) already exists.

export type ApprovedPositionInput = {
  government: string;
  topic: string;
  stance: Stance;
  statedOn: string;
  evidence?: EvidenceKind;
  datePrecision?: DatePrecision;
  event?: string | null;
  summary: string;
  quote?: string | null;
  sources: string[];
  end?: { on: string; note: string; source: string } | null;
  authorId: string;
  reviewerId: string;
  reviewReason?: string;
};

export async function insertApprovedPosition(tx: Database, input: ApprovedPositionInput): Promise<number | null> {
  const [position] = await tx
    .insert(positions)
    .values({ governmentIso3: input.government, topicSlug: input.topic, statedOn: input.statedOn })
    .onConflictDoNothing()
    .returning({ id: positions.id });
  if (!position) return null;
  const [revision] = await tx
    .insert(revisions)
    .values({
      positionId: position.id,
      authorId: input.authorId,
      stance: input.stance,
      statedOn: input.statedOn,
      eventSlug: input.event ?? null,
      summary: input.summary,
      quote: input.quote ?? null,
      sources: input.sources,
      evidence: input.evidence ?? "statement",
      datePrecision: input.datePrecision ?? "day",
      endedOn: input.end?.on ?? null,
      endNote: input.end?.note ?? null,
      endSource: input.end?.source ?? null,
      status: "approved",
      reviewerId: input.reviewerId,
      reviewedAt: new Date(),
      reviewReason: input.reviewReason ?? null,
    })
    .returning({ id: revisions.id });
  if (!revision) throw new Error("Inserting an approved revision returned nothing");
  await publishRevision(tx, position.id, revision.id, {
    stance: input.stance,
    event: input.event ?? null,
    evidence: input.evidence ?? "statement",
    datePrecision: input.datePrecision ?? "day",
    end: input.end ?? null,
  });
  return position.id;
}

/**
 * Makes an approved revision the position's public content: the cached columns the matrix
 * reads are written in the same transaction as the approval. A revision that hides the
 * position (a moderator's withdrawal) unpublishes it.
 */
export async function publishRevision(
  tx: Database,
  positionId: number,
  revisionId: number,
  content: {
    stance: Stance;
    event: string | null;
    evidence: EvidenceKind;
    datePrecision: DatePrecision;
    end?: { on: string } | null;
  },
  hidesPosition = false,
): Promise<void> {
  await tx
    .update(positions)
    .set({
      published: !hidesPosition,
      currentRevisionId: revisionId,
      stance: content.stance,
      eventSlug: content.event,
      evidence: content.evidence,
      datePrecision: content.datePrecision,
      endedOn: content.end?.on ?? null,
    })
    .where(eq(positions.id, positionId));
}
