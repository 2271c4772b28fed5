import "server-only";
import { and, asc, desc, inArray, isNull, lte, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { STANCE_SCORE } from "@/db/enums";
import { governments, positions, topics } from "@/db/schema";
import { type MatrixQuery } from "@/server/schemas/matrix";
import { todayUtc } from "@/server/shared/dates";
import { type MatrixCell, type MatrixRow, type MatrixTopic, type TimelineEntry } from "@/server/shared/matrix-types";
import { applyMatrixView } from "@/server/shared/matrix-view";
import { cellKey } from "@/server/shared/timeline";
import { BadInputError } from "./errors";

export type Matrix = { at: string; topics: string[]; rows: MatrixRow[] };

/** The requested topics in display order (all active topics when none are named); unknown slugs are an error. */
export async function resolveTopics(db: Database, slugs?: string[]): Promise<MatrixTopic[]> {
  const active = await db
    .select({ slug: topics.slug, title: topics.title })
    .from(topics)
    .where(isNull(topics.retiredAt))
    .orderBy(asc(topics.sortOrder), asc(topics.title));
  if (!slugs) return active;
  const unknown = slugs.filter((slug) => !active.some((t) => t.slug === slug));
  if (unknown.length) throw new BadInputError(`Unknown topic${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`);
  return [...new Set(slugs)].map((slug) => active.find((t) => t.slug === slug) ?? { slug, title: slug });
}

/**
 * The newest published position per government and topic stated on or before `at`:
 * one query, served by the partial index positions_as_of_idx.
 */
export function positionsAsOf(db: Database, at: string, topicSlugs: string[]) {
  return db
    .selectDistinctOn([positions.topicSlug, positions.governmentIso3], {
      iso3: positions.governmentIso3,
      topic: positions.topicSlug,
      positionId: positions.id,
      statedOn: positions.statedOn,
      stance: positions.stance,
      event: positions.eventSlug,
    })
    .from(positions)
    .where(and(sql`${positions.published}`, lte(positions.statedOn, at), inArray(positions.topicSlug, topicSlugs)))
    .orderBy(positions.topicSlug, positions.governmentIso3, desc(positions.statedOn));
}

export async function matrixAsOf(db: Database, query: MatrixQuery): Promise<Matrix> {
  const at = query.at ?? todayUtc();
  const topicList = await resolveTopics(db, query.topics);
  const slugs = topicList.map((t) => t.slug);
  const [govs, found] = await Promise.all([
    db
      .select({ iso3: governments.iso3, name: governments.name, region: governments.region, subregion: governments.subregion })
      .from(governments)
      .orderBy(asc(governments.name)),
    slugs.length ? positionsAsOf(db, at, slugs) : Promise.resolve([]),
  ]);
  const cells = new Map<string, MatrixCell>();
  for (const p of found) {
    if (!p.stance) continue; // published rows always carry a stance
    cells.set(cellKey(p.iso3, p.topic), {
      stance: p.stance,
      score: STANCE_SCORE[p.stance],
      statedOn: p.statedOn,
      event: p.event,
      positionId: p.positionId,
    });
  }
  const rows = govs.map((g) => ({
    ...g,
    cells: Object.fromEntries(slugs.map((slug) => [slug, cells.get(cellKey(g.iso3, slug)) ?? null])),
  }));
  return { at, topics: slugs, rows: applyMatrixView(rows, query) };
}

/** Every published position for the topics, oldest first: what the matrix page moves through time with. */
export async function timeline(db: Database, topicSlugs: string[]): Promise<TimelineEntry[]> {
  if (!topicSlugs.length) return [];
  const rows = await db
    .select({
      positionId: positions.id,
      iso3: positions.governmentIso3,
      topic: positions.topicSlug,
      statedOn: positions.statedOn,
      stance: positions.stance,
      event: positions.eventSlug,
    })
    .from(positions)
    .where(and(sql`${positions.published}`, inArray(positions.topicSlug, topicSlugs)))
    .orderBy(asc(positions.statedOn), asc(positions.id));
  return rows.flatMap((r) => (r.stance ? [{ ...r, stance: r.stance }] : []));
}
