import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, lt, ne } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { type Role } from "@/db/enums";
import { authSessions } from "@/db/schema";
import { SESSION_LIFETIMES, sessionExpired, TOUCH_EVERY_MS } from "@/server/auth/session-lifetime";

// Signed-in sessions as rows: the session token names one, and every request checks its idle
// and absolute limits here, so any app server can end a session and every other one agrees.

/** A new session for an account that has just signed in; its expired sessions are cleared away. */
export async function startSession(db: Database, userId: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  await db
    .delete(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        lt(authSessions.createdAt, new Date(now.getTime() - SESSION_LIFETIMES.contributor.absoluteMs)),
      ),
    );
  await db.insert(authSessions).values({ id, userId, createdAt: now, lastSeenAt: now });
  return id;
}

/** Whether the session is still alive for an account of this role now; a live one is marked as used (at most once a minute). */
export async function touchSession(
  db: Database,
  id: string,
  userId: string,
  role: Role,
  now = new Date(),
): Promise<boolean> {
  const [session] = await db
    .select()
    .from(authSessions)
    .where(and(eq(authSessions.id, id), eq(authSessions.userId, userId)));
  if (!session) return false;
  if (sessionExpired(role, session, now)) {
    await db.delete(authSessions).where(eq(authSessions.id, id));
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, id));
  return true;
}

/** Ends the account's sessions, all of them or all but one (the session that made a security change goes on). */
export async function endSessionsOf(
  db: Database | Transaction,
  userId: string,
  opts: { except?: string | null } = {},
): Promise<void> {
  await db
    .delete(authSessions)
    .where(and(eq(authSessions.userId, userId), opts.except ? ne(authSessions.id, opts.except) : undefined));
}
