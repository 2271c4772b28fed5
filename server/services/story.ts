import "server-only";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/db/enums";
import { todayUtc } from "@/server/shared/dates";
import { positionsAsOf, resolveTopics } from "./matrix";

// What the record shows, computed from the data, for the first screen: what it is made of,
// how governments divide on the topic with the most on record — and by which kind of record —
// and who moved. A move counts only within one kind of evidence (a vote to a later vote, a
// statement to a later statement), never from a vote to an endorsement, and never to a date
// that is only an upper bound (method v2, rule 4): those are different records, not a change.

export type EvidenceCounts = Record<EvidenceKind, number>;
export type Side = { governments: number; byEvidence: EvidenceCounts };

export type SiteStory = {
  at: string;
  positions: number;
  governments: number;
  firstYear: string | null;
  lastYear: string | null;
  /** The positions by kind of evidence. */
  byEvidence: EvidenceCounts;
  /** Governments whose stance on some topic moved between two records of the same kind, by `at`. */
  changed: number;
  /** The topic with the most positions, and how the governments on record as of `at` divide, by the kind of record each cell rests on. */
  lead: {
    slug: string;
    title: string;
    onRecord: number;
    intergovernmental: Side;
    multistakeholder: Side;
    mixed: Side;
  } | null;
  /** Topics with at least FEATURED_MIN positions, the most first (at most five). */
  featured: string[];
};

export const FEATURED_MIN = 10;

const noEvidence = (): EvidenceCounts => ({ statement: 0, vote: 0, submission: 0, endorsement: 0 });

type Totals = {
  topic: string;
  evidence: EvidenceKind;
  positions: number;
  governments: number;
  first: string;
  last: string;
};

export async function siteStory(db: Database, at: string = todayUtc()): Promise<SiteStory> {
  const [totals, [everyone], [moved], topics] = await Promise.all([
    queryRows<Totals>(
      db,
      sql`select topic_slug as topic, evidence, count(*)::int as positions, count(distinct government_iso3)::int as governments,
            min(stated_on)::text as first, max(stated_on)::text as last
          from positions where published group by topic_slug, evidence`,
    ),
    queryRows<{ n: number }>(db, sql`select count(distinct government_iso3)::int as n from positions where published`),
    queryRows<{ n: number }>(db, changedWithinKindQuery(at)),
    resolveTopics(db),
  ]);
  const perTopic = new Map<string, number>();
  const byEvidence = noEvidence();
  for (const row of totals) {
    perTopic.set(row.topic, (perTopic.get(row.topic) ?? 0) + row.positions);
    byEvidence[row.evidence] += row.positions;
  }
  const featured = topics
    .filter((t) => (perTopic.get(t.slug) ?? 0) >= FEATURED_MIN)
    .sort((a, b) => (perTopic.get(b.slug) ?? 0) - (perTopic.get(a.slug) ?? 0));
  const years = totals.flatMap((t) => [t.first, t.last]).sort();
  return {
    at,
    positions: totals.reduce((sum, t) => sum + t.positions, 0),
    governments: everyone?.n ?? 0,
    firstYear: years[0]?.slice(0, 4) ?? null,
    lastYear: years.at(-1)?.slice(0, 4) ?? null,
    byEvidence,
    changed: moved?.n ?? 0,
    lead: featured[0] ? await leadTopic(db, featured[0], at) : null,
    featured: featured.slice(0, 5).map((t) => t.slug),
  };
}

async function leadTopic(db: Database, topic: { slug: string; title: string }, at: string): Promise<SiteStory["lead"]> {
  const cells = await positionsAsOf(db, at, [topic.slug]);
  const side = (stances: string[]): Side => {
    const counted = noEvidence();
    for (const cell of cells) if (stances.includes(cell.stance)) counted[cell.evidence] += 1;
    return { governments: EVIDENCE_KINDS.reduce((sum, kind) => sum + counted[kind], 0), byEvidence: counted };
  };
  return {
    ...topic,
    onRecord: cells.length,
    intergovernmental: side(["intergovernmental", "leans_intergovernmental"]),
    multistakeholder: side(["multistakeholder", "leans_multistakeholder"]),
    mixed: side(["mixed"]),
  };
}

/** Governments with two consecutive records of one kind, on one topic, by `at`, whose stances differ. */
const changedWithinKindQuery = (at: string) =>
  sql`select count(distinct government_iso3)::int as n from (
        select government_iso3, stance, lag(stance) over (partition by government_iso3, topic_slug, evidence order by stated_on) as previous
        from positions where published and date_precision <> 'on_or_before' and stated_on <= ${at}
      ) records where previous is not null and previous <> stance`;
