import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, lte, max, notInArray, or, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { alertSettings, revisions, totpFactors, users } from "@/db/schema";
import { type Actor, effectiveRole, hasRole } from "@/server/auth/access";
import { alertSettingsSchema, unsubscribeTokenSchema } from "@/server/schemas/alerts";
import { type Email, type Mailer, RecipientRefusedError } from "@/server/email/mailer";
import { digestEmail } from "@/server/email/digest-email";
import { log } from "@/server/log";
import { NotFoundError } from "@/server/shared/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/server/i18n/locales";
import { translationIn } from "@/server/i18n/translation";
import { watchedChanges } from "./recent-changes";

// Email alerts. A reader turns on a daily digest of approved changes to what they watch; a
// moderator can add how many proposals wait for review. Digests are sent by whichever app server
// ticks first: each due row is taken under SKIP LOCKED and marked taken before it is sent, so many
// instances never send one twice, and each digest is sent and recorded on its own (sendDueDigests).

/** `locale`: the language the alerts are written in; null until the reader first saves their settings. */
export type AlertSettings = { dailyDigest: boolean; proposalsWaiting: boolean; locale: Locale | null };

export const DIGEST_EVERY_MS = 24 * 60 * 60 * 1000;
/** How many digests one tick of one server sends at most. */
export const DIGEST_BATCH = 50;
/** How long after a mail server defers a recipient (a 4xx answer) their digest is tried again. */
export const DIGEST_RETRY_MS = 60 * 60 * 1000;

export async function alertSettingsOf(db: Database, actor: Actor): Promise<AlertSettings> {
  const [row] = await db
    .select({
      dailyDigest: alertSettings.dailyDigest,
      proposalsWaiting: alertSettings.proposalsWaiting,
      locale: alertSettings.locale,
    })
    .from(alertSettings)
    .where(eq(alertSettings.userId, actor.id));
  if (!row) return { dailyDigest: false, proposalsWaiting: false, locale: null };
  return { ...row, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE };
}

/** Saves the reader's choices; turning the digest on starts its window now (nothing older is sent). */
export async function saveAlertSettings(db: Database, actor: Actor, input: unknown): Promise<AlertSettings> {
  const { dailyDigest, proposalsWaiting, locale } = alertSettingsSchema.parse(input);
  const before = await alertSettingsOf(db, actor);
  const settings = {
    dailyDigest,
    proposalsWaiting: proposalsWaiting && hasRole(actor.role, "moderator"),
    locale: locale ?? before.locale ?? DEFAULT_LOCALE,
  };
  const restart =
    (settings.dailyDigest || settings.proposalsWaiting) && !(before.dailyDigest || before.proposalsWaiting);
  await db
    .insert(alertSettings)
    .values({ userId: actor.id, ...settings, unsubscribeToken: randomBytes(24).toString("hex") })
    .onConflictDoUpdate({
      target: alertSettings.userId,
      set: { ...settings, ...(restart ? { coveredUntil: new Date(), lastSentAt: null } : {}) },
    });
  return settings;
}

/** The one-click unsubscribe: turns every alert of the token's account off. */
export async function unsubscribe(db: Database, token: string): Promise<void> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  const rows = parsed.success
    ? await db
        .update(alertSettings)
        .set({ dailyDigest: false, proposalsWaiting: false })
        .where(eq(alertSettings.unsubscribeToken, parsed.data))
        .returning({ userId: alertSettings.userId })
    : [];
  if (!rows.length) throw new NotFoundError("This unsubscribe link is not valid.");
}

type TakenDigest = { userId: string; sentBefore: Date | null; coveredUntil: Date; email: Email | null };

/**
 * Sends the digests that are due (looking at DIGEST_BATCH at most); returns how many were sent. Each
 * is its own send and its own record, so one recipient's failure touches no other's: taken and marked
 * taken in one short transaction (SKIP LOCKED: another server passes it by), sent with no transaction
 * open (the embedded database would wait for the mail server), then recorded. An address the mail
 * server refuses for good is skipped until the next period; one it defers is tried again after
 * DIGEST_RETRY_MS; nothing is lost either way (what it was not told stays in its next digest). A mail
 * server that cannot be reached ends the tick, the digest due again.
 */
export async function sendDueDigests(
  db: Database,
  mailer: Mailer,
  siteOrigin: string,
  now = new Date(),
): Promise<number> {
  const looked: string[] = [];
  let sent = 0;
  while (looked.length < DIGEST_BATCH) {
    const taken = await takeDueDigest(db, siteOrigin, now, looked);
    if (!taken) break;
    looked.push(taken.userId);
    if (!taken.email) continue; // nothing to say: checked again next tick
    try {
      await mailer.send(taken.email);
    } catch (error) {
      if (!(error instanceof RecipientRefusedError)) {
        await setLastSent(db, taken.userId, taken.sentBefore); // still due: the next tick tries again
        throw error;
      }
      log.warn(
        { userId: taken.userId, permanent: error.permanent, err: error.cause },
        "the mail server refused a digest's recipient",
      );
      // Refused for good: no more tries this period (it stays taken). Deferred: due again after DIGEST_RETRY_MS.
      if (!error.permanent)
        await setLastSent(db, taken.userId, new Date(now.getTime() - DIGEST_EVERY_MS + DIGEST_RETRY_MS));
      continue;
    }
    // The next digest starts after the newest thing this one told of (not at `now`: what was approved meanwhile is in the next).
    await db
      .update(alertSettings)
      .set({ coveredUntil: taken.coveredUntil })
      .where(eq(alertSettings.userId, taken.userId));
    sent++;
  }
  return sent;
}

/** One due digest not in `passed`, locked, written and marked taken (lastSentAt = now); null when none is due. */
async function takeDueDigest(
  db: Database,
  siteOrigin: string,
  now: Date,
  passed: string[],
): Promise<TakenDigest | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        userId: users.id,
        email: users.email,
        name: users.name,
        locale: alertSettings.locale,
        role: users.role,
        factorOn: totpFactors.enabledAt,
        token: alertSettings.unsubscribeToken,
        digest: alertSettings.dailyDigest,
        proposals: alertSettings.proposalsWaiting,
        coveredUntil: alertSettings.coveredUntil,
        lastSentAt: alertSettings.lastSentAt,
      })
      .from(alertSettings)
      .innerJoin(users, eq(users.id, alertSettings.userId))
      .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
      .where(
        and(
          or(alertSettings.dailyDigest, alertSettings.proposalsWaiting),
          or(
            isNull(alertSettings.lastSentAt),
            lte(alertSettings.lastSentAt, new Date(now.getTime() - DIGEST_EVERY_MS)),
          ),
          isNull(users.bannedAt),
          sql`${users.email} is not null`,
          passed.length ? notInArray(alertSettings.userId, passed) : undefined,
        ),
      )
      .limit(1)
      .for("update", { of: alertSettings, skipLocked: true });
    if (!row) return null;
    const changes = row.digest
      ? (await watchedChanges(tx, row.userId, 100, row.coveredUntil)).filter((c) => new Date(c.approvedAt) <= now)
      : [];
    // The moderators' count only for a moderator now: a reset second factor makes them a contributor.
    const waiting =
      row.proposals && hasRole(effectiveRole(row.role, row.factorOn !== null), "moderator")
        ? await proposalsWaiting(tx, row.coveredUntil)
        : null;
    const untaken = { userId: row.userId, sentBefore: row.lastSentAt, coveredUntil: row.coveredUntil, email: null };
    if (!changes.length && !waiting?.new) return untaken;
    await tx.update(alertSettings).set({ lastSentAt: now }).where(eq(alertSettings.userId, row.userId));
    const told = [
      row.coveredUntil,
      ...changes.map((c) => new Date(c.approvedAt)),
      ...(waiting?.newestAt ? [waiting.newestAt] : []),
    ];
    return {
      ...untaken,
      coveredUntil: new Date(Math.max(...told.map((d) => d.getTime()))),
      email: digestEmail(
        { to: row.email ?? "", name: row.name ?? "", changes, waiting, siteOrigin, unsubscribeToken: row.token },
        await translationIn(isLocale(row.locale) ? row.locale : DEFAULT_LOCALE),
      ),
    };
  });
}

const setLastSent = (db: Database, userId: string, lastSentAt: Date | null) =>
  db.update(alertSettings).set({ lastSentAt }).where(eq(alertSettings.userId, userId));

async function proposalsWaiting(
  db: Database,
  since: Date,
): Promise<{ total: number; new: number; newestAt: Date | null }> {
  const [[all], [fresh]] = await Promise.all([
    db.select({ n: count() }).from(revisions).where(eq(revisions.status, "pending")),
    db
      .select({ n: count(), newestAt: max(revisions.createdAt) })
      .from(revisions)
      .where(and(eq(revisions.status, "pending"), gt(revisions.createdAt, since))),
  ]);
  return { total: all?.n ?? 0, new: fresh?.n ?? 0, newestAt: fresh?.newestAt ?? null };
}
