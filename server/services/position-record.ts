import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Translations } from "@/db/schema/translations";
import { type Database } from "@/db/client";
import { type RevisionStatus } from "@/db/enums";
import { governments, positions, revisions, topics, users } from "@/db/schema";
import { type RevisionContent } from "@/server/shared/revision-fields";
import { NotFoundError } from "@/server/shared/errors";
import { contentColumns } from "./revision-content";

// A position's full record for its history page: every approved version for everyone;
// moderators also see pending, rejected and withdrawn proposals, and withdrawn positions.

export type RecordedRevision = RevisionContent & {
  id: number;
  status: RevisionStatus;
  createdAt: string;
  author: string;
  reviewer: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  comment: string | null;
  revertOfId: number | null;
  hidesPosition: boolean;
  current: boolean;
};

export type PositionRecord = {
  id: number;
  government: { iso3: string; name: string };
  topic: { slug: string; title: string; translations: Translations<"title"> };
  statedOn: string;
  published: boolean;
  /** Why a moderator marked it contested; null when it is not. */
  contestedNote: string | null;
  revisions: RecordedRevision[];
};

const reviewers = alias(users, "reviewers");

export async function positionRecord(db: Database, id: number, opts: { moderator: boolean }): Promise<PositionRecord> {
  const [position] = await db
    .select({
      id: positions.id,
      iso3: governments.iso3,
      government: governments.name,
      slug: topics.slug,
      topic: topics.title,
      topicTranslations: topics.translations,
      statedOn: positions.statedOn,
      published: positions.published,
      contestedNote: positions.contestedNote,
      currentRevisionId: positions.currentRevisionId,
    })
    .from(positions)
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .where(eq(positions.id, id));
  // Readers see published positions only; a moderator also sees withdrawn and not-yet-approved ones.
  if (!position || (!position.published && !opts.moderator))
    throw new NotFoundError(`No published position has the id ${id}.`);
  const rows = await db
    .select({
      id: revisions.id,
      status: revisions.status,
      createdAt: revisions.createdAt,
      author: users.name,
      reviewer: reviewers.name,
      reviewedAt: revisions.reviewedAt,
      reviewReason: revisions.reviewReason,
      comment: revisions.comment,
      revertOfId: revisions.revertOfId,
      hidesPosition: revisions.hidesPosition,
      ...contentColumns,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .leftJoin(reviewers, eq(reviewers.id, revisions.reviewerId))
    .where(and(eq(revisions.positionId, id), opts.moderator ? undefined : eq(revisions.status, "approved")))
    .orderBy(asc(revisions.id));
  return {
    id: position.id,
    government: { iso3: position.iso3, name: position.government },
    topic: { slug: position.slug, title: position.topic, translations: position.topicTranslations },
    statedOn: position.statedOn,
    published: position.published,
    contestedNote: position.contestedNote,
    revisions: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      author: r.author ?? "Unnamed contributor",
      current: r.id === position.currentRevisionId,
    })),
  };
}
