"use server";

import { headers } from "next/headers";
import { db } from "@/db/server-db";
import { signIn } from "@/server/auth/auth";
import { clientAddress } from "@/server/auth/client-address";
import { checkPassword } from "@/server/auth/credentials";
import { signInOrExplain, WRONG_PASSWORD } from "@/server/auth/form-sign-in";
import { createChallenge } from "@/server/auth/sign-in-challenge";
import { signInMethods } from "@/server/auth/providers";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { authenticationCodeSchema } from "@/server/schemas/second-factor";
import { emailSchema, signInSchema } from "@/server/schemas/users";
import { RateLimitedError } from "@/server/services/rate-limits";
import { fieldErrorsOf, type FormState } from "@/server/shared/form-state";

/**
 * Signs in with email and password, then, for an account with a second factor, its authentication
 * code (the second step carries a one-time challenge, not the password). On failure, says what is wrong.
 */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = formData.get("challenge");
  const email = String(formData.get("email") ?? "");
  if (typeof challenge === "string" && challenge) {
    const values = { email, challenge };
    const code = authenticationCodeSchema.safeParse(formData.get("code") ?? "");
    if (!code.success)
      return { values, fieldErrors: fieldErrorsOf(code.error.issues.map((issue) => ({ ...issue, path: ["code"] }))) };
    return signInOrExplain(values, { challenge, code: code.data }, formData.get("callbackUrl"));
  }
  const values = { email, password: String(formData.get("password") ?? "") };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  let user;
  try {
    user = await checkPassword(db(), parsed.data, clientAddress(await headers()));
  } catch (error) {
    if (error instanceof RateLimitedError) return { values, fieldErrors: {}, formError: error.message };
    throw error;
  }
  if (!user) return { values, fieldErrors: {}, formError: WRONG_PASSWORD };
  const token = await createChallenge(db(), user.id);
  if (user.secondFactor) return { values: { email: parsed.data.email, challenge: token }, fieldErrors: {} };
  return signInOrExplain(values, { challenge: token }, formData.get("callbackUrl"));
}

/** Starts a GitHub or Google sign-in (only offered when configured). */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  const methods = signInMethods();
  if ((provider !== "github" && provider !== "google") || !methods[provider]) return;
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

/**
 * Emails a one-time sign-in link (only offered when EMAIL_SERVER is set). Goes to "check your email"
 * for every address: the provider's sendSignInLink counts the limits and decides what, if anything, is sent.
 */
export async function emailLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { linkEmail: String(formData.get("linkEmail") ?? "") };
  const parsed = emailSchema.safeParse(values.linkEmail);
  if (!parsed.success) return { values, fieldErrors: { linkEmail: parsed.error.issues[0]?.message } };
  if (!signInMethods().email)
    return { values, fieldErrors: {}, formError: "Email links are not available on this site." };
  await signIn("nodemailer", { email: parsed.data, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
  return { values, fieldErrors: {} };
}
