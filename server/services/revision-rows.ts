import "server-only";
import { eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { governments, positions, revisions, topics, users } from "@/db/schema";
import { contentColumns } from "./revision-content";

// A revision with its author and the position it belongs to (government and topic names): what
// the review queue and the patrol list show of each item. Callers add their own filter and order.

const revisionRowColumns = {
  revisionId: revisions.id,
  createdAt: revisions.createdAt,
  authorId: revisions.authorId,
  authorName: users.name,
  baseRevisionId: revisions.baseRevisionId,
  positionId: positions.id,
  iso3: positions.governmentIso3,
  government: governments.name,
  topic: positions.topicSlug,
  topicTitle: topics.title,
  published: positions.published,
  currentRevisionId: positions.currentRevisionId,
  ...contentColumns,
};

export function selectRevisionRows(db: Database) {
  return db
    .select(revisionRowColumns)
    .from(revisions)
    .innerJoin(positions, eq(positions.id, revisions.positionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .innerJoin(users, eq(users.id, revisions.authorId));
}

/** Where a listed revision applies: its position, government and topic. */
export type RevisionPosition = {
  id: number;
  iso3: string;
  government: string;
  topic: string;
  topicTitle: string;
  statedOn: string;
  published: boolean;
};

export const positionOfRow = (r: Omit<RevisionPosition, "id"> & { positionId: number }): RevisionPosition => ({
  id: r.positionId,
  iso3: r.iso3,
  government: r.government,
  topic: r.topic,
  topicTitle: r.topicTitle,
  statedOn: r.statedOn,
  published: r.published,
});
