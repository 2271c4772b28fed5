import "server-only";
import { eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type Role } from "@/db/enums";
import { users } from "@/db/schema";
import { ForbiddenError, UnauthorizedError } from "@/server/services/errors";

// Who may do what. Every write asks the database, not the session cookie, so a role change
// or a ban takes effect on the very next request of a session that is already open.

const ROLE_RANK: Record<Role, number> = { contributor: 1, moderator: 2, admin: 3 };

export type Actor = { id: string; name: string; role: Role };

export function hasRole(role: Role, least: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[least];
}

/** The signed-in account as it is now; refuses nobody, a banned account, a system account or a role below `least`. */
export async function requireRole(db: Database, userId: string | null, least: Role): Promise<Actor> {
  if (!userId) throw new UnauthorizedError("Sign in to do that.");
  const [user] = await db
    .select({ id: users.id, name: users.name, role: users.role, bannedAt: users.bannedAt, system: users.system })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.system) throw new UnauthorizedError("Sign in to do that.");
  if (user.bannedAt) throw new ForbiddenError("This account is banned and cannot make changes.");
  if (!hasRole(user.role, least)) throw new ForbiddenError(`Only a ${least} can do that.`);
  return { id: user.id, name: user.name ?? "", role: user.role };
}
