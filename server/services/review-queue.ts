import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { type Database } from "@/db/client";
import { positions, revisions, users } from "@/db/schema";
import { type QueueFilter, queueFilterSchema } from "@/server/schemas/proposals";
import { pickContent, type RevisionContent } from "@/server/shared/revision-fields";
import { contentColumns } from "./revision-content";
import { positionOfRow, type RevisionPosition, selectRevisionRows } from "./revision-rows";

// The moderators' queue: pending revisions, oldest first, each with what it would change
// (the current approved version), the version it was based on when that is no longer
// current (a conflict), and its author's record.

export type QueueItem = {
  revisionId: number;
  createdAt: string;
  author: { id: string; name: string; approved: number; rejected: number };
  position: RevisionPosition;
  proposal: RevisionContent;
  current: (RevisionContent & { revisionId: number }) | null;
  /** Set when another edit was approved after the one this proposal started from. */
  base: (RevisionContent & { revisionId: number | null }) | null;
  stale: boolean;
};

export const QUEUE_SHOWN = 50;

export async function reviewQueue(
  db: Database,
  input: QueueFilter = {},
): Promise<{ items: QueueItem[]; total: number; authors: { id: string; name: string }[] }> {
  const filter = queueFilterSchema.parse(input);
  const pending = eq(revisions.status, "pending");
  const where = and(
    pending,
    filter.topic ? eq(positions.topicSlug, filter.topic) : undefined,
    filter.government ? eq(positions.governmentIso3, filter.government.toUpperCase()) : undefined,
    filter.author ? eq(revisions.authorId, filter.author) : undefined,
  );
  const [rows, [total], authors] = await Promise.all([
    selectRevisionRows(db).where(where).orderBy(asc(revisions.createdAt), asc(revisions.id)).limit(QUEUE_SHOWN),
    db.select({ n: count() }).from(revisions).innerJoin(positions, eq(positions.id, revisions.positionId)).where(where),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(revisions)
      .innerJoin(users, eq(users.id, revisions.authorId))
      .where(pending)
      .orderBy(asc(users.name)),
  ]);

  const versionIds = [
    ...new Set(rows.flatMap((r) => [r.currentRevisionId, r.baseRevisionId]).filter((id): id is number => id !== null)),
  ];
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const [versions, records] = await Promise.all([
    versionIds.length
      ? db
          .select({ id: revisions.id, ...contentColumns })
          .from(revisions)
          .where(inArray(revisions.id, versionIds))
      : [],
    authorIds.length
      ? db
          .select({ authorId: revisions.authorId, status: revisions.status, n: count() })
          .from(revisions)
          .where(inArray(revisions.authorId, authorIds))
          .groupBy(revisions.authorId, revisions.status)
      : [],
  ]);
  const version = new Map(versions.map(({ id, ...content }) => [id, content]));
  const record = (authorId: string, status: "approved" | "rejected") =>
    records.find((r) => r.authorId === authorId && r.status === status)?.n ?? 0;

  const items = rows.map((r): QueueItem => {
    const current =
      r.currentRevisionId === null
        ? null
        : { revisionId: r.currentRevisionId, ...(version.get(r.currentRevisionId) as RevisionContent) };
    const stale = r.currentRevisionId !== null && r.currentRevisionId !== r.baseRevisionId;
    const baseContent = r.baseRevisionId === null ? null : (version.get(r.baseRevisionId) ?? null);
    return {
      revisionId: r.revisionId,
      createdAt: r.createdAt.toISOString(),
      author: {
        id: r.authorId,
        name: r.authorName ?? "Unnamed contributor",
        approved: record(r.authorId, "approved"),
        rejected: record(r.authorId, "rejected"),
      },
      position: positionOfRow(r),
      proposal: pickContent(r),
      current,
      base: stale ? (baseContent ? { revisionId: r.baseRevisionId, ...baseContent } : null) : null,
      stale,
    };
  });
  return {
    items,
    total: total?.n ?? 0,
    authors: authors.map((a) => ({ id: a.id, name: a.name ?? "Unnamed contributor" })),
  };
}
