import "server-only";
import { and, asc, count, countDistinct, desc, eq, isNull, like, max, min, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type DatePrecision } from "@/db/enums";
import { events, positions, revisions, topics } from "@/db/schema";
import { METHOD_V2_REASON_PREFIX } from "@/server/shared/method-rules";
import { newestPrecision } from "./matrix";

// How current the record is: each topic's newest evidence, the events the record has nothing
// from (none of their positions is published, or they come after the newest one), and how many
// positions version 2 of the method re-coded in this database.

export type TopicCurrency = {
  slug: string;
  title: string;
  positions: number;
  newest: string | null;
  newestPrecision: DatePrecision | null;
};
export type EventWithoutRecord = {
  slug: string;
  name: string;
  place: string;
  startDate: string;
  endDate: string;
  positions: number;
};
export type RecordCurrency = {
  topics: TopicCurrency[];
  /** The newest published position's date (null when there is none), and the newest day a position ended. */
  newest: { date: string; precision: DatePrecision } | null;
  newestEnd: string | null;
  /** Events with no published position, or dated after the newest one: newest first. */
  events: EventWithoutRecord[];
  /** Positions with a revision re-coded by method v2, and the day of the first such revision (null: none). */
  recoded: { positions: number; firstOn: string | null };
};

function topicCurrency(db: Database) {
  return db
    .select({
      slug: topics.slug,
      title: topics.title,
      positions: count(positions.id),
      newest: max(positions.statedOn),
      // The precision of the newest position, as it is shown ("by 16 Sep 2019", "2014"); null for a topic without one.
      newestPrecision: sql<DatePrecision | null>`${newestPrecision}`,
      newestEnd: max(positions.endedOn),
    })
    .from(topics)
    .leftJoin(positions, and(eq(positions.topicSlug, topics.slug), eq(positions.published, true)))
    .where(isNull(topics.retiredAt))
    .groupBy(topics.slug)
    .orderBy(asc(topics.sortOrder), asc(topics.title));
}

function eventsWithoutRecord(db: Database) {
  const newest = sql`(select max(${positions.statedOn}) from ${positions} where ${positions.published})`;
  return db
    .select({
      slug: events.slug,
      name: events.name,
      place: events.place,
      startDate: events.startDate,
      endDate: events.endDate,
      positions: count(positions.id),
    })
    .from(events)
    .leftJoin(positions, and(eq(positions.eventSlug, events.slug), eq(positions.published, true)))
    .where(isNull(events.retiredAt))
    .groupBy(events.slug)
    .having(sql`count(${positions.id}) = 0 or ${events.startDate} > ${newest}`)
    .orderBy(desc(events.startDate), asc(events.slug));
}

async function recodedByV2(db: Database) {
  const [row] = await db
    .select({ positions: countDistinct(revisions.positionId), first: min(revisions.reviewedAt) })
    .from(revisions)
    .where(and(eq(revisions.status, "approved"), like(revisions.reviewReason, `${METHOD_V2_REASON_PREFIX}%`)));
  return { positions: row?.positions ?? 0, firstOn: row?.first ? row.first.toISOString().slice(0, 10) : null };
}

/** The record's currency, for /methodology's "Since our newest record". */
export async function recordCurrency(db: Database): Promise<RecordCurrency> {
  const [rows, withoutRecord, recoded] = await Promise.all([
    topicCurrency(db),
    eventsWithoutRecord(db),
    recodedByV2(db),
  ]);
  let newest: RecordCurrency["newest"] = null;
  for (const row of rows) {
    if (row.newest && row.newestPrecision && (!newest || row.newest > newest.date))
      newest = { date: row.newest, precision: row.newestPrecision };
  }
  const ends = rows.flatMap((row) => (row.newestEnd ? [row.newestEnd] : []));
  return {
    topics: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      positions: row.positions,
      newest: row.newest,
      newestPrecision: row.newestPrecision,
    })),
    newest,
    newestEnd: ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : null,
    events: withoutRecord,
    recoded,
  };
}
