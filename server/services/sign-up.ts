import "server-only";
import { type Database } from "@/db/client";
import { type SignUp } from "@/server/schemas/users";
import { ConflictError } from "@/server/shared/errors";
import { consumeAddressRateLimit, consumeRateLimit, RATE_LIMITS } from "./rate-limits";
import { createUser } from "./users";

/**
 * Creates a contributor account, unless the email already has one: then nothing is created, and
 * the caller signs in with the password given (which, if it is not that account's, fails like any
 * wrong password). Sign-up cannot hide that an email is taken without sending mail, so asking is
 * limited per address and per email (ASVS 5.0 V6: enumeration made slow).
 */
export async function registerContributor(db: Database, data: SignUp, address: string): Promise<void> {
  await consumeAddressRateLimit(db, RATE_LIMITS.signUpPerIp, address);
  await consumeRateLimit(db, RATE_LIMITS.signUpPerEmail, data.email);
  try {
    await createUser(db, { ...data, role: "contributor" });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
