import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database } from "@/db/client";
import { type RevisionStatus } from "@/db/enums";
import { governments, positions, revisions, topics, users } from "@/db/schema";
import { type RevisionContent } from "@/server/shared/revision-fields";
import { contentColumns } from "./revision-content";

// A contributor's own proposals, newest first, for /me: what they proposed, where it stands,
// and the reviewer's reason when it was rejected.

export type Contribution = RevisionContent & {
  revisionId: number;
  positionId: number;
  government: { iso3: string; name: string };
  topic: { slug: string; title: string };
  isEdit: boolean;
  status: RevisionStatus;
  createdAt: string;
  reviewedAt: string | null;
  reviewer: string | null;
  reviewReason: string | null;
  /** Whether the position has public (approved) content to link to. */
  published: boolean;
};

const reviewers = alias(users, "reviewers");
export const CONTRIBUTIONS_SHOWN = 200;

export async function listContributions(db: Database, userId: string): Promise<Contribution[]> {
  const rows = await db
    .select({
      revisionId: revisions.id,
      positionId: revisions.positionId,
      iso3: governments.iso3,
      governmentName: governments.name,
      slug: topics.slug,
      topicTitle: topics.title,
      ...contentColumns,
      baseRevisionId: revisions.baseRevisionId,
      status: revisions.status,
      createdAt: revisions.createdAt,
      reviewedAt: revisions.reviewedAt,
      reviewer: reviewers.name,
      reviewReason: revisions.reviewReason,
      published: positions.published,
    })
    .from(revisions)
    .innerJoin(positions, eq(positions.id, revisions.positionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .leftJoin(reviewers, eq(reviewers.id, revisions.reviewerId))
    .where(eq(revisions.authorId, userId))
    .orderBy(desc(revisions.id))
    .limit(CONTRIBUTIONS_SHOWN);
  return rows.map(({ iso3, governmentName, slug, topicTitle, baseRevisionId, createdAt, reviewedAt, ...row }) => ({
    ...row,
    government: { iso3, name: governmentName },
    topic: { slug, title: topicTitle },
    isEdit: baseRevisionId !== null,
    createdAt: createdAt.toISOString(),
    reviewedAt: reviewedAt?.toISOString() ?? null,
  }));
}
