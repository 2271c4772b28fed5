import "server-only";
import { and, eq } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { publishRevision } from "@/db/approved-position";
import { auditLog, patrols, positions, revisions, users } from "@/db/schema";
import { type Actor, hasRole } from "@/server/auth/access";
import { proposalSchema, type Proposal, type ProposalInput } from "@/server/schemas/proposals";
import { BadInputError, ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/server/shared/errors";
import { resolveReferences } from "./proposal-references";
import { contentValues, revisionContent } from "./revision-content";
import { endOf, type RevisionContent, sameContent } from "@/server/shared/revision-fields";
import { periodEnd } from "@/server/shared/stated-on";
import { consumeRateLimit, RATE_LIMITS } from "./rate-limits";

// Contributors' proposals. A proposal is a pending revision: of a new position, or of an
// existing one (an edit, recording the approved revision it started from). Nothing here
// is public until a moderator approves it — except a moderator's own proposal and a trusted
// contributor's, which are published at once (the latter patrolled afterwards).

/** The position changed while the contributor was editing: their text is not saved, and they see what is there now. */
export class StaleBaseError extends ConflictError {
  override name = "StaleBaseError";
  constructor(
    readonly currentRevisionId: number,
    readonly current: RevisionContent,
  ) {
    super(
      "Someone else's edit of this position was approved while you were editing. Compare it with yours below, then submit again.",
    );
  }
}

export type ProposalResult = {
  revisionId: number;
  positionId: number;
  /** True when a new position matched an existing one (same government, topic and date) and became an edit of it. */
  mergedIntoExisting: boolean;
  /** "approved" when a moderator's or a trusted contributor's proposal was published at once. */
  status: "pending" | "approved";
  /** True when a trusted contributor's proposal was published and waits for a moderator's patrol. */
  unpatrolled: boolean;
};

export const SELF_APPROVED = "Self-approved by a moderator.";
export const TRUSTED_PUBLISHED = "Published by a trusted contributor; awaiting patrol.";

/**
 * Whether a proposal is published at once: a moderator's own is self-approved; a trusted
 * contributor's is published and patrolled afterwards (trust is read from the database, now).
 * `actor.role` is the effective role: staff without a second factor propose as contributors.
 * A "new" proposal the duplicate guard merged into a withdrawn position is never published at
 * once, by anyone: a withdrawal is undone only by a moderator deciding on it (review or revert).
 */
async function publishingMode(tx: Transaction, actor: Actor, target: Target): Promise<"self" | "trusted" | null> {
  if (target.merged && !target.published && target.currentRevisionId !== null) return null;
  if (hasRole(actor.role, "moderator")) return "self";
  const [author] = await tx.select({ trustedAt: users.trustedAt }).from(users).where(eq(users.id, actor.id));
  return author?.trustedAt ? "trusted" : null;
}

const publishedReview = (actor: Actor, mode: "self" | "trusted") => ({
  status: "approved" as const,
  reviewerId: actor.id,
  reviewedAt: new Date(),
  reviewReason: mode === "self" ? SELF_APPROVED : TRUSTED_PUBLISHED,
});

/** Records a proposal as a pending revision. Counts against the contributor's proposal rate limit. */
export async function propose(db: Database, actor: Actor, input: ProposalInput): Promise<ProposalResult> {
  const proposal = proposalSchema.parse(input);
  const refs = await resolveReferences(db, proposal);
  await consumeRateLimit(db, RATE_LIMITS.proposalsPerUser, actor.id);
  const content: RevisionContent = {
    stance: proposal.stance,
    evidence: proposal.evidence,
    statedOn: periodEnd(proposal.statedOn, proposal.datePrecision),
    datePrecision: proposal.datePrecision,
    event: refs.eventSlug,
    summary: proposal.summary,
    quote: proposal.quote,
    sources: proposal.sources,
    end: endOf(proposal),
    language: proposal.language,
  };
  return db.transaction(async (tx) => {
    const target = proposal.positionId
      ? await editedPosition(tx, actor, proposal, { ...refs, statedOn: content.statedOn })
      : await newOrExistingPosition(tx, refs.iso3, refs.topicSlug, content.statedOn);
    const current = target.currentRevisionId;
    const base = target.merged ? current : proposal.positionId ? (proposal.baseRevisionId ?? null) : null;
    if (current !== null && base !== current) throw new StaleBaseError(current, await revisionContent(tx, current));
    // Whether a hidden position already says this is for moderators to see, not an answer for anyone else.
    if (
      current !== null &&
      (target.published || hasRole(actor.role, "moderator")) &&
      sameContent(content, await revisionContent(tx, current))
    ) {
      throw new BadInputError("Nothing to review: this is exactly what the position already says.");
    }
    const publishing = await publishingMode(tx, actor, target);
    const [revision] = await tx
      .insert(revisions)
      .values({
        positionId: target.id,
        baseRevisionId: base,
        authorId: actor.id,
        ...contentValues(content),
        ...(publishing && publishedReview(actor, publishing)),
      })
      .returning({ id: revisions.id });
    if (!revision) throw new Error("Inserting a revision returned nothing");
    if (publishing) {
      await publishRevision(tx, target.id, revision.id, content);
      if (publishing === "trusted") await tx.insert(patrols).values({ revisionId: revision.id });
      const action = publishing === "trusted" ? "revision.trusted_publish" : "revision.self_approve";
      await tx.insert(auditLog).values({
        actorId: actor.id,
        action,
        targetType: "revision",
        targetId: String(revision.id),
        details: { positionId: target.id },
      });
    }
    return {
      revisionId: revision.id,
      positionId: target.id,
      mergedIntoExisting: target.merged,
      status: publishing ? "approved" : "pending",
      unpatrolled: publishing === "trusted",
    };
  });
}

type Target = { id: number; currentRevisionId: number | null; merged: boolean; published: boolean };

/**
 * The position an edit names; its identity (government, topic, date stated) cannot change. Locked
 * until commit. A position that is not public (withdrawn) exists only for moderators: to anyone
 * else it is not found, so nothing of it (not even its content, in a conflict) reaches them.
 */
async function editedPosition(
  tx: Transaction,
  actor: Actor,
  proposal: Proposal,
  { iso3, topicSlug, statedOn }: { iso3: string; topicSlug: string; statedOn: string },
): Promise<Target> {
  const [position] = await tx
    .select({
      id: positions.id,
      iso3: positions.governmentIso3,
      topic: positions.topicSlug,
      statedOn: positions.statedOn,
      currentRevisionId: positions.currentRevisionId,
      published: positions.published,
    })
    .from(positions)
    .where(eq(positions.id, proposal.positionId ?? 0))
    .for("update");
  if (!position || (!position.published && !hasRole(actor.role, "moderator")))
    throw new NotFoundError(`No position has the id ${proposal.positionId}.`);
  if (position.iso3 !== iso3)
    throw new FieldError(
      "government",
      "An edit cannot move a position to another government; propose a new position instead.",
    );
  if (position.topic !== topicSlug)
    throw new FieldError("topic", "An edit cannot move a position to another topic; propose a new position instead.");
  if (position.statedOn !== statedOn)
    throw new FieldError(
      "statedOn",
      "An edit cannot change the date stated; propose a new position for the other date instead.",
    );
  return {
    id: position.id,
    currentRevisionId: position.currentRevisionId,
    merged: false,
    published: position.published,
  };
}

/** A new position, or — the duplicate guard — the existing one with the same government, topic and date. */
async function newOrExistingPosition(
  tx: Transaction,
  iso3: string,
  topicSlug: string,
  statedOn: string,
): Promise<Target> {
  const [created] = await tx
    .insert(positions)
    .values({ governmentIso3: iso3, topicSlug, statedOn })
    .onConflictDoNothing()
    .returning({ id: positions.id });
  if (created) return { id: created.id, currentRevisionId: null, merged: false, published: false };
  const [existing] = await tx
    .select({ id: positions.id, currentRevisionId: positions.currentRevisionId, published: positions.published })
    .from(positions)
    .where(
      and(eq(positions.governmentIso3, iso3), eq(positions.topicSlug, topicSlug), eq(positions.statedOn, statedOn)),
    )
    .for("update");
  if (!existing) throw new Error("A conflicting position vanished");
  return { ...existing, merged: true };
}

/** Takes back one of the actor's own pending proposals. */
export async function withdrawProposal(db: Database, actor: Actor, revisionId: number): Promise<void> {
  const [row] = await db
    .update(revisions)
    .set({ status: "withdrawn", reviewerId: actor.id, reviewedAt: new Date() })
    .where(and(eq(revisions.id, revisionId), eq(revisions.authorId, actor.id), eq(revisions.status, "pending")))
    .returning({ id: revisions.id });
  if (row) return;
  const [existing] = await db
    .select({ authorId: revisions.authorId, status: revisions.status })
    .from(revisions)
    .where(eq(revisions.id, revisionId));
  if (!existing) throw new NotFoundError(`No proposal has the id ${revisionId}.`);
  if (existing.authorId !== actor.id) throw new ForbiddenError("Only its author can withdraw a proposal.");
  throw new ConflictError(`This proposal is already ${existing.status}; only pending proposals can be withdrawn.`);
}
