import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, lte, max, or, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { alertSettings, revisions, users } from "@/db/schema";
import { type Actor, hasRole } from "@/server/auth/access";
import { alertSettingsSchema, unsubscribeTokenSchema } from "@/server/schemas/alerts";
import { type Mailer } from "@/server/email/mailer";
import { digestEmail } from "@/server/email/digest-email";
import { NotFoundError } from "./errors";
import { watchedChanges } from "./recent-changes";

// Email alerts. A reader turns on a daily digest of approved changes to what they watch; a
// moderator can add how many proposals wait for review. Digests are sent by whichever app server
// ticks first: each due row is locked with SKIP LOCKED, so many instances never send one twice,
// and a row is marked sent in the transaction that sent it, so a failed send is retried.

export type AlertSettings = { dailyDigest: boolean; proposalsWaiting: boolean };

export const DIGEST_EVERY_MS = 24 * 60 * 60 * 1000;
/** How many digests one tick of one server sends at most. */
export const DIGEST_BATCH = 50;

export async function alertSettingsOf(db: Database, actor: Actor): Promise<AlertSettings> {
  const [row] = await db.select({ dailyDigest: alertSettings.dailyDigest, proposalsWaiting: alertSettings.proposalsWaiting }).from(alertSettings).where(eq(alertSettings.userId, actor.id));
  return row ?? { dailyDigest: false, proposalsWaiting: false };
}

/** Saves the reader's choices; turning the digest on starts its window now (nothing older is sent). */
export async function saveAlertSettings(db: Database, actor: Actor, input: unknown): Promise<AlertSettings> {
  const { dailyDigest, proposalsWaiting } = alertSettingsSchema.parse(input);
  const settings = { dailyDigest, proposalsWaiting: proposalsWaiting && hasRole(actor.role, "moderator") };
  const before = await alertSettingsOf(db, actor);
  const restart = (settings.dailyDigest || settings.proposalsWaiting) && !(before.dailyDigest || before.proposalsWaiting);
  await db
    .insert(alertSettings)
    .values({ userId: actor.id, ...settings, unsubscribeToken: randomBytes(24).toString("hex") })
    .onConflictDoUpdate({ target: alertSettings.userId, set: { ...settings, ...(restart ? { coveredUntil: new Date(), lastSentAt: null } : {}) } });
  return settings;
}

/** The one-click unsubscribe: turns every alert of the token's account off. */
export async function unsubscribe(db: Database, token: string): Promise<void> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  const rows = parsed.success
    ? await db.update(alertSettings).set({ dailyDigest: false, proposalsWaiting: false }).where(eq(alertSettings.unsubscribeToken, parsed.data)).returning({ userId: alertSettings.userId })
    : [];
  if (!rows.length) throw new NotFoundError("This unsubscribe link is not valid.");
}

/** Sends every digest that is due (at most DIGEST_BATCH); returns how many were sent. */
export async function sendDueDigests(db: Database, mailer: Mailer, siteOrigin: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ userId: users.id, email: users.email, name: users.name, role: users.role, token: alertSettings.unsubscribeToken, digest: alertSettings.dailyDigest, proposals: alertSettings.proposalsWaiting, coveredUntil: alertSettings.coveredUntil })
      .from(alertSettings)
      .innerJoin(users, eq(users.id, alertSettings.userId))
      .where(
        and(
          or(alertSettings.dailyDigest, alertSettings.proposalsWaiting),
          or(isNull(alertSettings.lastSentAt), lte(alertSettings.lastSentAt, new Date(now.getTime() - DIGEST_EVERY_MS))),
          isNull(users.bannedAt),
          sql`${users.email} is not null`,
        ),
      )
      .limit(DIGEST_BATCH)
      .for("update", { of: alertSettings, skipLocked: true });
    let sent = 0;
    for (const row of due) {
      const changes = row.digest ? (await watchedChanges(tx, row.userId, 100, row.coveredUntil)).filter((c) => new Date(c.approvedAt) <= now) : [];
      const waiting = row.proposals && hasRole(row.role, "moderator") ? await proposalsWaiting(tx, row.coveredUntil) : null;
      if (!changes.length && !waiting?.new) continue; // nothing to say: checked again next tick
      await mailer.send(digestEmail({ to: row.email ?? "", name: row.name ?? "", changes, waiting, siteOrigin, unsubscribeToken: row.token }));
      // The next digest starts after the newest thing this one told of (not at `now`: what was approved meanwhile is in the next).
      const told = [row.coveredUntil, ...changes.map((c) => new Date(c.approvedAt)), ...(waiting?.newestAt ? [waiting.newestAt] : [])];
      const coveredUntil = new Date(Math.max(...told.map((d) => d.getTime())));
      await tx.update(alertSettings).set({ lastSentAt: now, coveredUntil }).where(eq(alertSettings.userId, row.userId));
      sent++;
    }
    return sent;
  });
}

async function proposalsWaiting(db: Database, since: Date): Promise<{ total: number; new: number; newestAt: Date | null }> {
  const [[all], [fresh]] = await Promise.all([
    db.select({ n: count() }).from(revisions).where(eq(revisions.status, "pending")),
    db.select({ n: count(), newestAt: max(revisions.createdAt) }).from(revisions).where(and(eq(revisions.status, "pending"), gt(revisions.createdAt, since))),
  ]);
  return { total: all?.n ?? 0, new: fresh?.n ?? 0, newestAt: fresh?.newestAt ?? null };
}
