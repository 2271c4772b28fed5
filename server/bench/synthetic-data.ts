import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { SYSTEM_USERS } from "@/db/system-users";

// Synthetic data for the benchmark only, written into a throwaway database: 195
// governments × 30 topics × 20 dates of approved positions. Never used as real data.

export const BENCH_TOPICS = 30;
export const BENCH_DATES = 20;

export async function loadSyntheticPositions(db: Database): Promise<number> {
  await db.execute(sql`
    insert into topics (slug, title, description, multistakeholder_pole, intergovernmental_pole, sort_order)
    select 'bench-topic-' || lpad(n::text, 2, '0'), 'Benchmark topic ' || n, 'Synthetic benchmark topic.',
           'Synthetic.', 'Synthetic.', 100 + n
    from generate_series(1, ${BENCH_TOPICS} - (select count(*) from topics)) as n`);
  // Dates a year apart from 2005; stances spread over the scale by a fixed hash (repeatable).
  await db.execute(sql`
    insert into positions (government_iso3, topic_slug, stated_on)
    select g.iso3, t.slug, (date '2005-03-01' + (d * 365 + (abs(hashtext(g.iso3 || t.slug)) % 300))::int)
    from governments g cross join topics t cross join generate_series(0, ${BENCH_DATES} - 1) as d
    on conflict do nothing`);
  await db.execute(sql`
    insert into revisions (position_id, author_id, stance, stated_on, summary, sources, status, reviewer_id, reviewed_at)
    select p.id, ${SYSTEM_USERS.seed.id},
           (enum_range(null::stance))[1 + abs(hashtext(p.id::text)) % 5],
           p.stated_on, 'Synthetic benchmark position.', array['https://example.org/benchmark'],
           'approved', ${SYSTEM_USERS.seed.id}, now()
    from positions p where p.current_revision_id is null`);
  await db.execute(sql`
    update positions p set published = true, current_revision_id = r.id, stance = r.stance
    from revisions r where r.position_id = p.id and p.current_revision_id is null`);
  await db.execute(sql`analyze`);
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from positions where published`);
  return row?.n ?? 0;
}
