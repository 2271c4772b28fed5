import "server-only";
import { eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type Role } from "@/db/enums";
import { totpFactors, users } from "@/db/schema";
import { ForbiddenError, UnauthorizedError } from "@/server/shared/errors";
import { RECENT_SIGN_IN_MS } from "./session-lifetime";

// Who may do what. Every write asks the database, not the session cookie, so a role change
// or a ban takes effect on the very next request of a session that is already open.

const ROLE_RANK: Record<Role, number> = { contributor: 1, moderator: 2, admin: 3 };

export class SecondFactorRequiredError extends ForbiddenError {
  constructor() {
    super("Turn on two-factor authentication on your account page (/me) before acting as a moderator or admin.");
  }
}

/** `role` is the effective role (see effectiveRole), not the stored one. */
export type Actor = { id: string; name: string; role: Role };

export function hasRole(role: Role, least: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[least];
}

/**
 * The role an account acts with. Staff powers need a second factor (ASVS V6.3.3): until one is on,
 * a moderator or admin acts as a contributor, in every service (an Actor's `role` is this one).
 */
export function effectiveRole(role: Role, secondFactorOn: boolean): Role {
  return secondFactorOn ? role : "contributor";
}

/** The signed-in account as it is now; refuses nobody, a banned account, a system account or a role below `least`. */
export async function requireRole(db: Database, userId: string | null, least: Role): Promise<Actor> {
  if (!userId) throw new UnauthorizedError("Sign in to do that.");
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      bannedAt: users.bannedAt,
      system: users.system,
      secondFactorOn: totpFactors.enabledAt,
    })
    .from(users)
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(eq(users.id, userId));
  if (!user || user.system) throw new UnauthorizedError("Sign in to do that.");
  if (user.bannedAt) throw new ForbiddenError("This account is banned and cannot make changes.");
  if (!hasRole(user.role, least)) throw new ForbiddenError(`Only a ${least} can do that.`);
  const role = effectiveRole(user.role, user.secondFactorOn !== null);
  if (!hasRole(role, least)) throw new SecondFactorRequiredError();
  return { id: user.id, name: user.name ?? "", role };
}

/** Re-authentication for the changes that most need it (ASVS 5.0 V7.5.3): the session must have signed in recently. */
export function requireRecentSignIn(signedInAt: number | null, now = Date.now()): void {
  if (signedInAt === null || now - signedInAt > RECENT_SIGN_IN_MS) {
    throw new ForbiddenError(
      `For your safety, sign in again to do this: it needs a sign-in within the last ${RECENT_SIGN_IN_MS / 60_000} minutes.`,
    );
  }
}
