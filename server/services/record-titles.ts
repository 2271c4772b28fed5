import "server-only";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { positionRecords } from "@/db/dataset/record-pages/record-reading";

// The names of the public records each dataset position was coded from, written onto the position so search finds
// it by them (migration 0022). One statement; a position whose titles are already right is not touched.

type Titled = { government: string; topic: string; stated_on: string; titles: string };

/** Every coded identity (government, topic, stored day) with its records' titles, one line each. */
export const recordTitlesByPosition = (): Titled[] =>
  [...positionRecords().values()].map(({ government, topic, statedOn, records }) => ({
    government,
    topic,
    stated_on: statedOn,
    titles: records.map((r) => r.title).join("\n"),
  }));

/** Positions per statement: each recomputes its search document (~1 ms), so a statement stays well inside the timeout. */
const CHUNK = 150;

/** Writes the titles onto the positions they name; returns how many positions changed. */
export async function syncRecordTitles(db: Database): Promise<number> {
  const all = recordTitlesByPosition();
  let changed = 0;
  for (let i = 0; i < all.length; i += CHUNK) changed += await writeTitles(db, all.slice(i, i + CHUNK));
  return changed;
}

async function writeTitles(db: Database, chunk: Titled[]): Promise<number> {
  const titled = JSON.stringify(chunk);
  const changed = await queryRows<{ id: number }>(
    db,
    sql`
    update positions p set record_titles = v.titles
    from jsonb_to_recordset(${titled}::jsonb) as v(government text, topic text, stated_on date, titles text)
    where p.government_iso3 = v.government and p.topic_slug = v.topic and p.stated_on = v.stated_on
      and p.record_titles is distinct from v.titles
    returning p.id`,
  );
  return changed.length;
}
