import { sql } from "drizzle-orm";
import { type Database, queryRows, type Transaction } from "@/db/client";
import { SYSTEM_USERS } from "@/db/system-users";

// Synthetic data for the benchmark only, written into a throwaway database: 195
// governments × 30 topics × 20 dates of approved positions. Never used as real data.

export const BENCH_TOPICS = 30;
export const BENCH_DATES = 20;

/** Topics per statement: each position gets its search document from a trigger (~0.5 ms, ~3.5 ms on a topic with
 * titles in six languages), so a statement of one date × one topic × 195 governments stays inside the 4 s query timeout. */
const TOPICS_PER_STATEMENT = 1;

export async function loadSyntheticPositions(db: Database): Promise<number> {
  await db.execute(sql`
    insert into topics (slug, title, description, multistakeholder_pole, intergovernmental_pole, sort_order)
    select 'bench-topic-' || lpad(n::text, 2, '0'), 'Benchmark topic ' || n, 'Synthetic benchmark topic.',
           'Synthetic.', 'Synthetic.', 100 + n
    from generate_series(1, ${BENCH_TOPICS} - (select count(*) from topics)) as n`);
  const slugs = (await queryRows<{ slug: string }>(db, sql`select slug from topics order by slug`)).map((t) => t.slug);
  for (let d = 0; d < BENCH_DATES; d++)
    for (let i = 0; i < slugs.length; i += TOPICS_PER_STATEMENT)
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 0`);
        const started = performance.now();
        await insertSynthetic(tx, d, slugs.slice(i, i + TOPICS_PER_STATEMENT));
        if (process.env.BENCH_TRACE) console.log(d, i, Math.round(performance.now() - started));
      });
  await db.execute(sql`analyze`);
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from positions where published`);
  return row?.n ?? 0;
}

/** One date's positions on some topics, for every government: dates a year apart from 2005, stances spread over the
 * scale by a fixed hash (repeatable), each approved and published. */
async function insertSynthetic(db: Transaction, d: number, topics: string[]): Promise<void> {
  const list = sql.join(
    topics.map((slug) => sql`${slug}`),
    sql`, `,
  );
  await db.execute(sql`
    insert into positions (government_iso3, topic_slug, stated_on)
    select g.iso3, t.slug, (date '2005-03-01' + (${d}::int * 365 + (abs(hashtext(g.iso3 || t.slug)) % 300))::int)
    from governments g cross join topics t where t.slug in (${list})
    on conflict do nothing`);
  // Each new position's approved revision, and the position published with it, in one statement (the join runs on
  // the revisions just written, whatever the table's statistics say).
  await db.execute(sql`
    with approved as (
      insert into revisions (position_id, author_id, stance, stated_on, summary, sources, status, reviewer_id, reviewed_at)
      select p.id, ${SYSTEM_USERS.seed.id},
             (enum_range(null::stance))[1 + abs(hashtext(p.id::text)) % 5],
             p.stated_on, 'Synthetic benchmark position.', array['https://example.org/benchmark'],
             'approved', ${SYSTEM_USERS.seed.id}, now()
      from positions p where p.current_revision_id is null
      returning id, position_id, stance
    )
    update positions p set published = true, current_revision_id = approved.id, stance = approved.stance
    from approved where approved.position_id = p.id`);
}
