import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { auditQuerySchema } from "@/server/schemas/users";

// The audit log as admins read it: who did what to what, when and why, newest first.
// Rows are only ever inserted (by the services that act); nothing here writes.

export type AuditEntry = {
  id: number;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  /** For a user target: their display name. */
  targetName: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
};

export const AUDIT_SHOWN = 200;
const targets = alias(users, "targets");

export async function listAudit(
  db: Database,
  input: unknown = {},
): Promise<{ entries: AuditEntry[]; actions: string[] }> {
  const { action } = auditQuerySchema.parse(input);
  const [rows, actions] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.createdAt,
        actor: users.name,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        targetName: targets.name,
        reason: auditLog.reason,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .leftJoin(targets, eq(targets.id, auditLog.targetId))
      .where(action ? eq(auditLog.action, action) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(AUDIT_SHOWN),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  return {
    entries: rows.map((r) => ({
      ...r,
      at: r.at.toISOString(),
      actor: r.actor ?? actorWithoutAccount(r.details),
      targetName: r.targetType === "user" ? r.targetName : null,
    })),
    actions: actions.map((a) => a.action),
  };
}

/** Who acted when no account did: a visitor's address (a failed sign-in), or an operator at the command line. */
function actorWithoutAccount(details: Record<string, unknown> | null): string {
  return typeof details?.address === "string" ? `A visitor from ${details.address}` : "The command line";
}
