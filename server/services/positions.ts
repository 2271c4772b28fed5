import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { STANCE_SCORE, type Stance } from "@/db/enums";
import { events, governments, positions, revisions, topics } from "@/db/schema";
import { type PositionsQuery } from "@/server/schemas/positions";
import { pickContent, type RevisionContent } from "@/server/shared/revision-fields";
import { BadInputError, NotFoundError } from "@/server/shared/errors";
import { type RecordLink, recordsOfPosition } from "@/db/dataset/record-pages/record-reading";
import { positionRecord } from "./position-record";
import { contentColumns } from "./revision-content";

// Public (approved) positions and their approved history. Never pending or rejected content.

export type PublicPosition = RevisionContent & {
  id: number;
  government: string;
  topic: string;
  score: number;
  contested: boolean;
  contestedNote: string | null;
  /** The public records a dataset position was coded from (/records/[slug]); empty for contributors' positions. */
  records: RecordLink[];
};

export type HistoryEntry = RevisionContent & {
  revision: number;
  createdAt: string;
  author: string;
  reviewer: string | null;
  reason: string | null;
};

const publicColumns = {
  id: positions.id,
  government: positions.governmentIso3,
  topic: positions.topicSlug,
  ...contentColumns,
  contestedNote: positions.contestedNote,
};

type Scored = { government: string; topic: string; statedOn: string; stance: Stance; contestedNote: string | null };
const withScore = <T extends Scored>(row: T) => ({
  ...row,
  score: STANCE_SCORE[row.stance],
  contested: row.contestedNote !== null,
  records: recordsOfPosition(row.government, row.topic, row.statedOn),
});

async function assertExists(db: Database, query: PositionsQuery): Promise<void> {
  const [gov] = query.government
    ? await db.select({ iso3: governments.iso3 }).from(governments).where(eq(governments.iso3, query.government))
    : [true];
  if (!gov) throw new BadInputError(`Unknown government: ${query.government}.`);
  const [topic] = query.topic
    ? await db.select({ slug: topics.slug }).from(topics).where(eq(topics.slug, query.topic))
    : [true];
  if (!topic) throw new BadInputError(`Unknown topic: ${query.topic}.`);
  const [event] = query.event
    ? await db.select({ slug: events.slug }).from(events).where(eq(events.slug, query.event))
    : [true];
  if (!event) throw new BadInputError(`Unknown event: ${query.event}.`);
}

/** Approved positions, newest date stated first. */
export async function listPositions(db: Database, query: PositionsQuery = {}): Promise<PublicPosition[]> {
  await assertExists(db, query);
  const rows = await db
    .select(publicColumns)
    .from(positions)
    .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
    .where(
      and(
        sql`${positions.published}`,
        query.government ? eq(positions.governmentIso3, query.government) : undefined,
        query.topic ? eq(positions.topicSlug, query.topic) : undefined,
        query.event ? eq(positions.eventSlug, query.event) : undefined,
        query.evidence ? inArray(positions.evidence, query.evidence) : undefined,
      ),
    )
    .orderBy(desc(positions.statedOn), asc(positions.governmentIso3), asc(positions.topicSlug));
  return rows.map(withScore);
}

export async function getPosition(db: Database, id: number): Promise<PublicPosition> {
  const [row] = await db
    .select(publicColumns)
    .from(positions)
    .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
    .where(and(eq(positions.id, id), sql`${positions.published}`));
  if (!row) throw new NotFoundError(`No published position has the id ${id}.`);
  return withScore(row);
}

/** The approved revisions of a published position, oldest first (the public API's shape). Names, never emails. */
export async function positionHistory(db: Database, id: number): Promise<HistoryEntry[]> {
  const { revisions: approved } = await positionRecord(db, id, { moderator: false });
  return approved.map((r) => ({
    revision: r.id,
    createdAt: r.createdAt,
    author: r.author,
    reviewer: r.reviewer,
    reason: r.reviewReason,
    ...pickContent(r),
  }));
}

export type EditablePosition = PublicPosition & {
  currentRevisionId: number;
  governmentName: string;
  topicTitle: string;
};

/** A published position with what an edit of it needs: its current revision (the edit's base) and display names. */
export async function editablePosition(db: Database, id: number): Promise<EditablePosition> {
  const [row] = await db
    .select({
      ...publicColumns,
      currentRevisionId: revisions.id,
      governmentName: governments.name,
      topicTitle: topics.title,
    })
    .from(positions)
    .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .where(and(eq(positions.id, id), sql`${positions.published}`));
  if (!row) throw new NotFoundError(`No published position has the id ${id}.`);
  return withScore(row);
}
