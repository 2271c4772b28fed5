import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { governments, positions, revisions, topics } from "@/db/schema";
import { type SearchFilters } from "@/server/schemas/search";
import { BadInputError } from "@/server/shared/errors";
import { contentColumns } from "./revision-content";

// Search over the published positions (migration 0021's documents): PostgreSQL full text in web-search syntax
// (`websearch_to_tsquery`: "a phrase", or, -not), English stemming, newest first; each hit with its summary's
// passage around the matched words, the matches marked as parts (never as HTML: a summary is a contributor's text).

const START = "\u0002";
const STOP = "\u0003";

/** A passage of a summary: its parts, those that matched the query marked. */
export type Passage = { text: string; match: boolean }[];

function passage(headline: string): Passage {
  return headline
    .split(START)
    .flatMap((chunk, i) => {
      if (i === 0) return [{ text: chunk, match: false }];
      const [matched = "", rest = ""] = chunk.split(STOP);
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ];
    })
    .filter((part) => part.text !== "");
}

/** The query as PostgreSQL reads it, or a 400 when it holds no word to look for (only punctuation or stop words). */
async function tsquery(db: Transaction, q: string) {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const [parsed] = await db
    .select({ words: sql<number>`numnode(${query})`.mapWith(Number) })
    .from(sql`(values (1)) as one (x)`);
  if (!parsed?.words)
    throw new BadInputError(
      `Nothing to search for in “${q}”: search for words (common words like “the” and punctuation are left out).`,
    );
  return query;
}

export function searchPositions(db: Database, filters: SearchFilters) {
  // The planner prices a full scan below the GIN index for a common word (it does not count reading each document
  // out of TOAST): at 118,000 positions "cybercrime" took 180 ms scanning, 6 ms through the index. In this
  // transaction only, the index is the way.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return searchIn(tx, filters);
  });
}

async function searchIn(db: Transaction, { q, government, topic, evidence, limit = 50 }: SearchFilters) {
  const query = await tsquery(db, q);
  const where = and(
    sql`${positions.published}`,
    sql`${positions.searchDocument} @@ ${query}`,
    government ? eq(positions.governmentIso3, government) : undefined,
    topic ? eq(positions.topicSlug, topic) : undefined,
    evidence ? inArray(positions.evidence, evidence) : undefined,
  );
  const [[total], rows] = await Promise.all([
    db.select({ n: count() }).from(positions).where(where),
    db
      .select({
        id: positions.id,
        government: { iso3: governments.iso3, name: governments.name },
        topic: { slug: topics.slug, title: topics.title, translations: topics.translations },
        ...contentColumns,
        passage: sql<string>`ts_headline('english', ${revisions.summary}, ${query},
          ${`StartSel=${START}, StopSel=${STOP}, MaxWords=70, MinWords=45, HighlightAll=false`})`,
      })
      .from(positions)
      .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
      .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
      .innerJoin(topics, eq(topics.slug, positions.topicSlug))
      .where(where)
      .orderBy(desc(positions.statedOn), desc(sql`ts_rank(${positions.searchDocument}, ${query})`), positions.id)
      .limit(limit),
  ]);
  return {
    query: q,
    total: total?.n ?? 0,
    results: rows.map((row) => ({ ...row, passage: passage(row.passage) })),
  };
}

export type SearchAnswer = Awaited<ReturnType<typeof searchPositions>>;
