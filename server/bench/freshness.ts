import { and, eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { positions } from "@/db/schema";
import { callerAs, makeAccount } from "@/server/api/testing";

// Freshness across app servers: after an approval commits, how long until every server's next
// answer for the changed page shows it. The approval is made through the app's procedures by
// this process (a third client of the same database), as a moderator's request would.

export type FreshnessFigures = { trials: number; worstMs: number; medianMs: number };

async function waitFor(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return performance.now() - since;
    if (performance.now() - since > 30_000) throw new Error(`${url} still stale after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function freshness(db: Database, bases: string[], trials = 10): Promise<FreshnessFigures> {
  const [position] = await db
    .select({
      id: positions.id,
      government: positions.governmentIso3,
      topic: positions.topicSlug,
      statedOn: positions.statedOn,
      stance: positions.stance,
      base: positions.currentRevisionId,
    })
    .from(positions)
    .where(and(eq(positions.published, true), eq(positions.datePrecision, "day"), eq(positions.evidence, "statement")))
    .limit(1);
  if (!position?.stance) throw new Error("No published position to edit");
  const author = callerAs(db, (await makeAccount(db, "contributor")).id);
  const moderator = callerAs(db, (await makeAccount(db, "moderator")).id);
  const times: number[] = [];
  let base = position.base;
  for (let trial = 0; trial < trials; trial++) {
    const page = (server: string) => `${server}/positions/${position.id}`;
    for (const server of bases) for (let i = 0; i < 2; i++) await fetch(page(server)); // cached on every server
    const summary = `Benchmark edit ${Date.now()}-${trial}: the summary every server must show next.`;
    const edit = await author.contributions.propose({
      government: position.government,
      topic: position.topic,
      stance: position.stance,
      statedOn: position.statedOn,
      summary,
      sources: ["https://example.org/benchmark"],
      positionId: position.id,
      baseRevisionId: base,
    });
    base = (await moderator.moderation.approve({ revisionId: edit.revisionId })).publishedRevisionId;
    const approved = performance.now();
    const waits = await Promise.all(bases.map((server) => waitFor(page(server), summary, approved)));
    times.push(Math.max(...waits));
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { trials, worstMs: sorted.at(-1) ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}
