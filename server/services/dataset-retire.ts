import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type Transaction, queryRows } from "@/db/client";
import { RETIRED_RECORDS } from "@/db/dataset/retired-records";
import { auditLog, positions, revisions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { formatDate } from "@/server/shared/dates";

// The other half of a method change (rule 7): the reference dataset's own positions that its
// files no longer hold are withdrawn — a new revision that hides the position, by the dataset's
// account, with the reason — never deleted. One that anybody else has edited or withdrawn since
// is left as they left it, and reported.

export type Identity = { government: string; topic: string; statedOn: string };
export type Retirement = { withdrawn: number; keptIds: number[] };

const key = (p: Identity) => `${p.government}|${p.topic}|${p.statedOn}`;

type Candidate = Identity & { id: number; evidence: string; author: string };

/** Why a position is withdrawn: a retired record's reason, or the corrected date that replaces it. */
function reasonFor(position: Candidate, current: Identity[]): string {
  const retired = RETIRED_RECORDS.find(
    (r) => r.topic === position.topic && r.statedOn === position.statedOn && r.evidence === position.evidence,
  );
  if (retired) return retired.reason;
  const redated = current.find(
    (c) =>
      c.government === position.government &&
      c.topic === position.topic &&
      c.statedOn !== position.statedOn &&
      c.statedOn.slice(0, 4) === position.statedOn.slice(0, 4),
  );
  return redated
    ? `method v2: the corrected record dates this position ${formatDate(redated.statedOn)}, where it now stands; this one is withdrawn in its favour`
    : "method v2: the re-coded reference dataset no longer holds this position (see /methodology)";
}

/** Withdraws the published positions the dataset created that `current` (every row of every shipped file) no longer holds. */
export async function retireDatasetPositions(tx: Transaction, current: Identity[]): Promise<Retirement> {
  const seed = SYSTEM_USERS.seed.id;
  const held = new Set(current.map(key));
  const created = await queryRows<Candidate>(
    tx,
    sql`select p.id, p.government_iso3 as government, p.topic_slug as topic, p.stated_on::text as "statedOn", p.evidence::text as evidence, r.author_id as author
      from positions p join revisions r on r.id = p.current_revision_id
      where p.published and (select f.author_id from revisions f where f.position_id = p.id order by f.id limit 1) = ${seed}`,
  );
  const gone = created.filter((p) => !held.has(key(p)));
  const keptIds = gone.filter((p) => p.author !== seed).map((p) => p.id);
  const byReason = new Map<string, number[]>();
  for (const position of gone.filter((p) => p.author === seed)) {
    const reason = reasonFor(position, current);
    byReason.set(reason, [...(byReason.get(reason) ?? []), position.id]);
  }
  for (const [reason, ids] of byReason) {
    // A copy of each current revision that hides its position, then the positions unpublished in one statement.
    const inserted = await queryRows<{ id: number }>(
      tx,
      sql`insert into revisions (position_id, base_revision_id, author_id, stance, stated_on, event_slug, summary, quote, sources, evidence, date_precision, ended_on, end_note, end_source,
            hides_position, status, reviewer_id, reviewed_at, review_reason)
          select r.position_id, r.id, ${seed}, r.stance, r.stated_on, r.event_slug, r.summary, r.quote, r.sources, r.evidence, r.date_precision, r.ended_on, r.end_note, r.end_source,
            true, 'approved', ${seed}, now(), ${reason}
          from positions p join revisions r on r.id = p.current_revision_id
          where p.id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})
          returning id`,
    );
    await tx
      .update(positions)
      .set({ published: false, currentRevisionId: sql`${revisions.id}` })
      .from(revisions)
      .where(
        and(
          inArray(
            revisions.id,
            inserted.map((r) => r.id),
          ),
          eq(positions.id, revisions.positionId),
        ),
      );
  }
  const withdrawn = gone.length - keptIds.length;
  if (withdrawn + keptIds.length > 0) {
    await tx.insert(auditLog).values({
      actorId: seed,
      action: "dataset.retire",
      targetType: "dataset",
      targetId: "reference",
      details: { withdrawn, keptIds, reasons: [...byReason.keys()] },
    });
  }
  return { withdrawn, keptIds };
}
