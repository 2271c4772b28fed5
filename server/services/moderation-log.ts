import "server-only";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, governments, positions, topics, users } from "@/db/schema";
import { LOG_ACTIONS, type LogAction, type LogQuery, logQuerySchema } from "@/server/schemas/moderation-log";

// The public moderation log (/log and /log.atom): every moderation decision, newest first, with the
// moderator's display name and the reason given — read from the audit log, which the decisions
// write in their own transactions. Nothing private: no emails, no addresses, no contributor.

/** Each public action and the audit actions that record it. */
const AUDIT_ACTIONS: Record<LogAction, string[]> = {
  approved: ["revision.approve", "revision.self_approve"],
  rejected: ["revision.reject"],
  reverted: ["revision.revert"],
  withdrawn: ["position.withdraw"],
  patrolled: ["revision.patrol"],
  contested: ["position.contest"],
  uncontested: ["position.uncontest"],
  reply_hidden: ["reply.hide"],
};
const PUBLIC_ACTION = new Map<string, LogAction>(
  LOG_ACTIONS.flatMap((action) => AUDIT_ACTIONS[action].map((audit): [string, LogAction] => [audit, action])),
);

export type LogEntry = {
  id: number;
  at: string;
  action: LogAction;
  moderator: string;
  reason: string | null;
  position: {
    id: number;
    published: boolean;
    statedOn: string;
    government: { iso3: string; name: string };
    topic: { slug: string; title: string };
  };
};

export const LOG_PAGE = 50;

/** The position an entry is about: its details name it, or it is the entry's target. */
const positionOfEntry = sql<number>`coalesce((${auditLog.details}->>'positionId')::int, case when ${auditLog.targetType} = 'position' then ${auditLog.targetId}::int end)`;

export async function moderationLog(
  db: Database,
  input: LogQuery = {},
): Promise<{ entries: LogEntry[]; nextBefore: number | null }> {
  const query = logQuerySchema.parse(input);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      action: auditLog.action,
      moderator: users.name,
      reason: auditLog.reason,
      positionId: positions.id,
      published: positions.published,
      statedOn: positions.statedOn,
      iso3: governments.iso3,
      governmentName: governments.name,
      slug: topics.slug,
      topicTitle: topics.title,
    })
    .from(auditLog)
    .innerJoin(positions, eq(positions.id, positionOfEntry))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        inArray(auditLog.action, query.action ? AUDIT_ACTIONS[query.action] : [...PUBLIC_ACTION.keys()]),
        query.topic ? eq(positions.topicSlug, query.topic) : undefined,
        query.government ? eq(positions.governmentIso3, query.government.toUpperCase()) : undefined,
        query.before ? lt(auditLog.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(LOG_PAGE + 1);
  const entries = rows.slice(0, LOG_PAGE).flatMap((row) => {
    const action = PUBLIC_ACTION.get(row.action);
    if (!action) return [];
    return [
      {
        id: row.id,
        at: row.at.toISOString(),
        action,
        moderator: row.moderator ?? "a moderator",
        reason: row.reason,
        position: {
          id: row.positionId,
          published: row.published,
          statedOn: row.statedOn,
          government: { iso3: row.iso3, name: row.governmentName },
          topic: { slug: row.slug, title: row.topicTitle },
        },
      },
    ];
  });
  return { entries, nextBefore: rows.length > LOG_PAGE ? (entries.at(-1)?.id ?? null) : null };
}
