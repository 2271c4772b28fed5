import "server-only";
import { count, eq, isNull } from "drizzle-orm";
import { type Database } from "@/db/client";
import { events, governments, positions, topics } from "@/db/schema";

export type SiteStats = { governments: number; topics: number; events: number; positions: number };

/** The headline counts on the home page. */
export async function siteStats(db: Database): Promise<SiteStats> {
  const [[g], [t], [e], [p]] = await Promise.all([
    db.select({ n: count() }).from(governments),
    db.select({ n: count() }).from(topics).where(isNull(topics.retiredAt)),
    db.select({ n: count() }).from(events).where(isNull(events.retiredAt)),
    db.select({ n: count() }).from(positions).where(eq(positions.published, true)),
  ]);
  return { governments: g?.n ?? 0, topics: t?.n ?? 0, events: e?.n ?? 0, positions: p?.n ?? 0 };
}
