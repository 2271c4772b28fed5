import "server-only";
import { redirect } from "next/navigation";
import { type Role } from "@/db/enums";
import { db } from "@/db/server-db";
import { type Actor, requireRole } from "./access";
import { currentSession } from "./session";
import { ForbiddenError } from "@/server/shared/errors";

/**
 * For a page only some roles may see: sends a signed-out visitor to sign in (and back to
 * `here`), and returns null for a signed-in account without the role, so the page can say so.
 */
export async function pageActor(least: Role, here: string): Promise<Actor | null> {
  const session = await currentSession();
  if (!session?.user?.id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  try {
    return await requireRole(db(), session.user.id, least);
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}

/** The signed-in account as it is now, or null (signed out, banned): for public pages that show more to some roles. */
export async function optionalActor(): Promise<Actor | null> {
  const session = await currentSession();
  if (!session?.user?.id) return null;
  return requireRole(db(), session.user.id, "contributor").catch(() => null);
}
