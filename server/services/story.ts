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

type Cell = { iso3: string; topic: string; positions: number; moved: boolean; first: string; last: string };

export async function siteStory(db: Database): Promise<SiteStory> {
  // One pass over the positions: per government and topic, how many, and whether their stances differ.
  const [cells, topics] = await Promise.all([
    queryRows<Cell>(
      db,
      sql`select government_iso3 as iso3, topic_slug as topic, count(*)::int as positions, min(stance) <> max(stance) as moved,
            min(stated_on)::text as first, max(stated_on)::text as last
          from positions where published group by government_iso3, topic_slug`,
    ),
    resolveTopics(db),
  ]);
  const count = new Map<string, number>();
  for (const cell of cells) count.set(cell.topic, (count.get(cell.topic) ?? 0) + cell.positions);
  const featured = topics.filter((t) => (count.get(t.slug) ?? 0) >= FEATURED_MIN).sort((a, b) => (count.get(b.slug) ?? 0) - (count.get(a.slug) ?? 0));
  const [top] = featured;
  let lead: SiteStory["lead"] = null;
  if (top) {
    const onRecord = await positionsAsOf(db, todayUtc(), [top.slug]);
    const side = (stances: string[]) => onRecord.filter((c) => stances.includes(c.stance)).length;
    lead = {
      ...top,
      onRecord: onRecord.length,
      intergovernmental: side(["intergovernmental", "leans_intergovernmental"]),
      multistakeholder: side(["multistakeholder", "leans_multistakeholder"]),
      mixed: side(["mixed"]),
    };
  }
  const years = cells.flatMap((c) => [c.first, c.last]).sort();
  return {
    positions: cells.reduce((sum, c) => sum + c.positions, 0),
    governments: new Set(cells.map((c) => c.iso3)).size,
    firstYear: years[0]?.slice(0, 4) ?? null,
    lastYear: years.at(-1)?.slice(0, 4) ?? null,
    shifted: new Set(cells.filter((c) => c.moved).map((c) => c.iso3)).size,
    lead,
    featured: featured.slice(0, 5).map((t) => t.slug),
  };
}
