import "server-only";
import { type JWT } from "next-auth/jwt";
import { type Database } from "@/db/client";
import { noteDatabaseError } from "@/server/health/database-status";
import { startSession, touchSession } from "@/server/services/auth-sessions";
import { isDatabaseUnavailable } from "@/server/shared/database-errors";
import { liveSessionUser, mayStartSession } from "./credentials";

/**
 * Auth.js's `jwt` callback: at sign-in, the session's row and version; on every request after, whether
 * the session still stands (the account exists, is not banned, was not signed out everywhere, and the
 * session is within its idle and absolute limits). Null ends the session and clears the cookie.
 * A database that is not answering ends nothing: the token is kept as it is, and whatever the request
 * needs from the database answers 503 instead — an outage must not sign everyone out.
 */
export async function refreshSessionToken(db: Database, token: JWT, signedInUserId?: string): Promise<JWT | null> {
  if (signedInUserId) {
    token.sv = (await mayStartSession(db, signedInUserId)) ?? undefined;
    token.sid = await startSession(db, signedInUserId);
    token.authAt = Date.now();
  }
  if (!token.sub || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  try {
    const live = await liveSessionUser(db, token.sub, token.sv);
    if (!live || !(await touchSession(db, token.sid, token.sub, live.role))) return null;
    return { ...token, name: live.name, role: live.role };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseError(error);
    return token;
  }
}
