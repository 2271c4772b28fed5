import "server-only";
import { eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/server/shared/errors";
import { verifyPassword } from "./password";
import { countFailure, countSuccess, refuseIfGuessing } from "./sign-in-guard";

/**
 * Re-authentication before a change to the account's security (password, second factor): the
 * current password, guessed no faster than at sign-in (failures count the same). Returns the email.
 */
export async function confirmPassword(
  db: Database,
  userId: string,
  password: string,
  address: string,
  field = "currentPassword",
): Promise<string> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.email) throw new NotFoundError("No such account.");
  if (!user.passwordHash)
    throw new FieldError(
      field,
      "This account signs in without a password (GitHub, Google or an email link), so it has none to confirm this with.",
    );
  await refuseIfGuessing(db, user.email, address);
  if (!(await verifyPassword(user.passwordHash, password).catch(() => false))) {
    await countFailure(db, user.email, address);
    throw new FieldError(field, "That is not your current password.");
  }
  await countSuccess(db, user.email, address);
  return user.email;
}
