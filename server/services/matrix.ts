import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { type DatePrecision, type EvidenceKind } from "@/db/enums";
import { positions, topics } from "@/db/schema";
import { type MatrixQuery } from "@/server/schemas/matrix";
import { todayUtc } from "@/server/shared/dates";
import { type MatrixRow, type MatrixTopic, type TimelineEntry } from "@/server/shared/matrix-types";
import { applyMatrixView } from "@/server/shared/matrix-view";
import { cellKey, cellMap } from "@/server/shared/timeline";
import { blocMembersOn } from "./blocs";
import { listGovernments } from "./governments";
import { BadInputError } from "@/server/shared/errors";

export type Matrix = { at: string; topics: string[]; rows: MatrixRow[] };

/** The requested topics in display order (all active topics when none are named); unknown slugs are an error. */
export async function resolveTopics(db: Database, slugs?: string[]): Promise<MatrixTopic[]> {
  const active = await db
    .select({ slug: topics.slug, title: topics.title, translations: topics.translations })
    .from(topics)
    .where(isNull(topics.retiredAt))
    .orderBy(asc(topics.sortOrder), asc(topics.title));
  if (!slugs) return active;
  const unknown = slugs.filter((slug) => !active.some((t) => t.slug === slug));
  if (unknown.length) throw new BadInputError(`Unknown topic${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`);
  return [...new Set(slugs)].map((slug) => active.find((t) => t.slug === slug) ?? { slug, title: slug });
}

type AsOfRow = TimelineEntry;

/**
 * The newest published position per government and topic stated on or before `at` and not
 * ended by then (a position that ended gives way to the one before it), in one
 * query: for every (government, topic) pair, one backward probe of an index on
 * (government, topic, stated_on) with LIMIT 1. Its cost grows with governments × topics,
 * not with the number of positions.
 */
export function positionsAsOf(
  db: Database,
  at: string,
  topicSlugs: string[],
  evidence?: EvidenceKind[],
): Promise<AsOfRow[]> {
  return queryRows<AsOfRow>(db, asOfQuery(at, topicSlugs, evidence));
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/** With `evidence`, only positions known from those kinds count: the newest such one per cell. */
export function asOfQuery(at: string, topicSlugs: string[], evidence?: EvidenceKind[]) {
  const evidenceFilter = evidence?.length ? sql`and evidence::text in (${list(evidence)})` : sql``;
  return sql`select g.iso3, t.slug as topic, p.id as "positionId", p.stated_on::text as "statedOn", p.date_precision as "datePrecision",
        p.stance, p.evidence, p.event_slug as event, p.contested_note as "contestedNote", p.ended_on::text as "endedOn"
      from governments g
      cross join (select slug from topics where slug in (${list(topicSlugs)})) t
      cross join lateral (
        select id, stated_on, date_precision, stance, evidence, event_slug, contested_note, ended_on from positions
        where published and topic_slug = t.slug and government_iso3 = g.iso3 and stated_on <= ${at}
          and (ended_on is null or ended_on > ${at}) ${evidenceFilter}
        order by stated_on desc
        limit 1
      ) p`;
}

/** The cells of the matrix as of a date: only those with a recorded position. */
export async function cellsAsOfDate(
  db: Database,
  at: string,
  topicSlugs?: string[],
  evidence?: EvidenceKind[],
): Promise<AsOfRow[]> {
  const topicList = await resolveTopics(db, topicSlugs);
  return topicList.length
    ? positionsAsOf(
        db,
        at,
        topicList.map((t) => t.slug),
        evidence,
      )
    : [];
}

export async function matrixAsOf(db: Database, query: MatrixQuery): Promise<Matrix> {
  const at = query.at ?? todayUtc();
  const topicList = await resolveTopics(db, query.topics);
  const slugs = topicList.map((t) => t.slug);
  const [govs, found, members] = await Promise.all([
    listGovernments(db),
    slugs.length ? positionsAsOf(db, at, slugs, query.evidence) : Promise.resolve([]),
    query.bloc ? blocMembersOn(db, query.bloc, at) : null,
  ]);
  const cells = cellMap(found);
  const rows = govs.map((g) => ({
    ...g,
    cells: Object.fromEntries(slugs.map((slug) => [slug, cells.get(cellKey(g.iso3, slug)) ?? null])),
  }));
  return { at, topics: slugs, rows: applyMatrixView(rows, query, members) };
}

/**
 * Every published position for the topics, oldest first: what the matrix page moves through time with.
 * `only`: just these governments' positions, stated on or before `until`.
 */
export async function timeline(
  db: Database,
  topicSlugs: string[],
  only?: { governments: string[]; until: string },
): Promise<TimelineEntry[]> {
  if (!topicSlugs.length) return [];
  const rows = await db
    .select({
      positionId: positions.id,
      iso3: positions.governmentIso3,
      topic: positions.topicSlug,
      statedOn: positions.statedOn,
      datePrecision: positions.datePrecision,
      stance: positions.stance,
      evidence: positions.evidence,
      event: positions.eventSlug,
      contestedNote: positions.contestedNote,
      endedOn: positions.endedOn,
    })
    .from(positions)
    .where(
      and(
        sql`${positions.published}`,
        inArray(positions.topicSlug, topicSlugs),
        only && inArray(positions.governmentIso3, only.governments),
        only && sql`${positions.statedOn} <= ${only.until}`,
      ),
    )
    .orderBy(asc(positions.statedOn), asc(positions.id));
  return rows.flatMap((r) => (r.stance ? [{ ...r, stance: r.stance }] : []));
}

/**
 * The years in which the topics have published positions (stops for the time control), and the newest
 * date stated among them (how far the record reaches), in one query.
 */
export type NewestRecord = { date: string; precision: DatePrecision };

/** In a query grouping positions: the precision of the group's newest one (a day before a period ending the same day). */
export const newestPrecision = sql<DatePrecision>`(array_agg(${positions.datePrecision}::text order by ${positions.statedOn} desc, ${positions.datePrecision} = 'day' desc))[1]`;

/** The years with positions on the topics, and the newest position's date as precisely as its source gives it ("2025", not "31 Dec 2025"). */
export async function recordDates(
  db: Database,
  topicSlugs: string[],
): Promise<{ years: string[]; newest: NewestRecord | null }> {
  if (!topicSlugs.length) return { years: [], newest: null };
  const rows = await queryRows<{ year: string; newest: string; precision: DatePrecision }>(
    db,
    sql`select extract(year from stated_on)::int::text as year, max(stated_on)::text as newest, ${newestPrecision} as precision from positions
      where published and topic_slug in (${sql.join(
        topicSlugs.map((slug) => sql`${slug}`),
        sql`, `,
      )}) group by 1 order by 1`,
  );
  const last = rows.at(-1);
  return { years: rows.map((r) => r.year), newest: last ? { date: last.newest, precision: last.precision } : null };
}
