import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type Stance } from "@/db/enums";
import { positions } from "@/db/schema";
import {
  type RecordDetail,
  type RecordRow,
  type RecordSummary,
  readRecords,
  recordSummaries,
} from "@/db/dataset/record-pages/record-reading";
import { NotFoundError } from "@/server/shared/errors";

// The public records behind the reference dataset (/records): each facts file, its tally against the
// official one, and every row's value with the position it became, as published now.

/** A coded row's position as stored: its id and its current stance (a moderator may have corrected it since). */
export type BecamePosition = { id: number; stance: Stance };
export type PublicRecordRow = RecordRow & { position: BecamePosition | null };
export type PublicRecord = Omit<RecordDetail, "rows"> & { rows: PublicRecordRow[] };

/** Every record, newest topic last, as the catalogue orders them. */
export function listRecords(): RecordSummary[] {
  return recordSummaries();
}

/** A record's raw facts file, as shipped: what `/api/v1/records/{slug}.csv` serves. */
export function recordFile(slug: string): { file: string } {
  const record = readRecords().find((r) => r.slug === slug);
  if (!record) throw new NotFoundError(`No record “${slug}”.`);
  return { file: record.file };
}

/** The topics a record's positions are on (its cache entry's tags); none for an unknown record. */
export const recordTopics = (slug: string) => [
  ...new Set(
    readRecords()
      .find((r) => r.slug === slug)
      ?.codedBy.map((set) => set.topic) ?? [],
  ),
];

export async function getRecord(db: Database, slug: string): Promise<PublicRecord> {
  const record = readRecords().find((r) => r.slug === slug);
  if (!record) throw new NotFoundError(`No record “${slug}”.`);
  const coded = record.rows.flatMap((row) => (row.coded ? [{ iso3: row.iso3, ...row.coded }] : []));
  const topics = [...new Set(coded.map((c) => c.topic))];
  const stored = coded.length
    ? await db
        .select({
          id: positions.id,
          government: positions.governmentIso3,
          topic: positions.topicSlug,
          statedOn: positions.statedOn,
          stance: positions.stance,
        })
        .from(positions)
        .where(
          and(
            sql`${positions.published}`,
            inArray(positions.topicSlug, topics),
            inArray(
              positions.governmentIso3,
              coded.map((c) => c.iso3),
            ),
          ),
        )
    : [];
  const key = (government: string, topic: string, statedOn: string) => `${government}|${topic}|${statedOn}`;
  const byKey = new Map(stored.map((p) => [key(p.government, p.topic, p.statedOn), p]));
  return {
    ...record,
    rows: record.rows.map((row) => {
      const found = row.coded && byKey.get(key(row.iso3, row.coded.topic, row.coded.statedOn));
      return { ...row, position: found?.stance ? { id: found.id, stance: found.stance } : null };
    }),
  };
}
