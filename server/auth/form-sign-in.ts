import "server-only";
import { AuthError } from "next-auth";
import { type Database } from "@/db/client";
import { type FormState } from "@/server/shared/form-state";
import { signIn } from "./auth";
import { safeCallbackPath } from "./safe-redirect";
import { createChallenge, SecondFactorError } from "./sign-in-challenge";
import { signInRefusal } from "./sign-in-errors";

export const WRONG_PASSWORD = "That email and password do not match an account.";

/**
 * Signs in through Auth.js (a challenge from a checked password, and a code when the account needs
 * one) and redirects; if that fails, a form state saying why (never whether the email exists).
 */
export async function signInOrExplain(
  values: Record<string, string>,
  credentials: Record<string, string>,
  callbackUrl: unknown,
): Promise<FormState> {
  try {
    await signIn("credentials", { ...credentials, redirectTo: safeCallbackPath(callbackUrl) });
    return { values, fieldErrors: {} };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect that ends a successful sign-in
    const refusal = signInRefusal(error);
    if (refusal instanceof SecondFactorError && refusal.kind === "wrong-code")
      return { values, fieldErrors: { code: refusal.message } };
    // An expired challenge or a lockout: back to the first step, keeping the email.
    if (refusal) return { values: { email: values.email ?? "" }, fieldErrors: {}, formError: refusal.message };
    return { values, fieldErrors: {}, formError: WRONG_PASSWORD };
  }
}

/**
 * Signs the current user in again after a password change ended their sessions: they have just
 * given their password and, with a second factor, gave its code when this session began.
 */
export async function signInAgain(
  db: Database,
  userId: string,
  values: Record<string, string>,
  redirectTo: string,
): Promise<FormState> {
  const challenge = await createChallenge(db, userId, { secondFactorDone: true });
  return signInOrExplain(values, { challenge }, redirectTo);
}
