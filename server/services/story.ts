import "server-only";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { todayUtc } from "@/server/shared/dates";
import { positionsAsOf, resolveTopics } from "./matrix";

// What the record shows, computed from the data, for the first screen: its size, the
// topic with the most governments on record and how they divide, how many governments
// have moved, and the topics with enough data to compare (the home page's default view).

export type SiteStory = {
  positions: number;
  governments: number;
  firstYear: string | null;
  lastYear: string | null;
  /** Governments whose stance on some topic changed between their recorded positions. */
  shifted: number;
  /** The topic with the most governments on record today, and how they divide. */
  lead: { slug: string; title: string; onRecord: number; intergovernmental: number; multistakeholder: number; mixed: number } | null;
  /** Topics with at least FEATURED_MIN positions, the most first (at most five). */
  featured: string[];
};

export const FEATURED_MIN = 10;

export async function siteStory(db: Database): Promise<SiteStory> {
  const [[totals], perTopic, [moved], topics] = await Promise.all([
    queryRows<{ positions: number; governments: number; first: string | null; last: string | null }>(
      db,
      sql`select count(*)::int as positions, count(distinct government_iso3)::int as governments,
            extract(year from min(stated_on))::int::text as first, extract(year from max(stated_on))::int::text as last
          from positions where published`,
    ),
    queryRows<{ topic: string; n: number }>(db, sql`select topic_slug as topic, count(*)::int as n from positions where published group by topic_slug`),
    queryRows<{ n: number }>(
      db,
      sql`select count(distinct government_iso3)::int as n from (
            select government_iso3 from positions where published group by government_iso3, topic_slug having count(distinct stance) > 1
          ) changed`,
    ),
    resolveTopics(db),
  ]);
  const count = new Map(perTopic.map((t) => [t.topic, t.n]));
  const featured = topics.filter((t) => (count.get(t.slug) ?? 0) >= FEATURED_MIN).sort((a, b) => (count.get(b.slug) ?? 0) - (count.get(a.slug) ?? 0));
  const [top] = featured;
  let lead: SiteStory["lead"] = null;
  if (top) {
    const cells = await positionsAsOf(db, todayUtc(), [top.slug]);
    const side = (stances: string[]) => cells.filter((c) => stances.includes(c.stance)).length;
    lead = {
      ...top,
      onRecord: cells.length,
      intergovernmental: side(["intergovernmental", "leans_intergovernmental"]),
      multistakeholder: side(["multistakeholder", "leans_multistakeholder"]),
      mixed: side(["mixed"]),
    };
  }
  return {
    positions: totals?.positions ?? 0,
    governments: totals?.governments ?? 0,
    firstYear: totals?.first ?? null,
    lastYear: totals?.last ?? null,
    shifted: moved?.n ?? 0,
    lead,
    featured: featured.slice(0, 5).map((t) => t.slug),
  };
}
