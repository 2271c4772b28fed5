"use server";

import { headers } from "next/headers";
import { db } from "@/db/server-db";
import { signIn } from "@/server/auth/auth";
import { clientAddress } from "@/server/auth/client-address";
import { signInOrExplain } from "@/server/auth/form-sign-in";
import { signInMethods } from "@/server/auth/providers";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { emailSchema, signInSchema } from "@/server/schemas/users";
import { consumeAddressRateLimit, consumeRateLimit, RATE_LIMITS, RateLimitedError } from "@/server/services/rate-limits";
import { fieldErrorsOf, type FormState } from "../_components/form-state";

/** Signs in with email and password; on failure says what is wrong and keeps the input. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  return signInOrExplain(values, parsed.data, formData.get("callbackUrl"));
}

/** Starts a GitHub or Google sign-in (only offered when configured). */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  const methods = signInMethods();
  if ((provider !== "github" && provider !== "google") || !methods[provider]) return;
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

/** Emails a one-time sign-in link (only offered when EMAIL_SERVER is set). Says the same whether or not the address has an account. */
export async function emailLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { linkEmail: String(formData.get("linkEmail") ?? "") };
  const parsed = emailSchema.safeParse(values.linkEmail);
  if (!parsed.success) return { values, fieldErrors: { linkEmail: parsed.error.issues[0]?.message } };
  if (!signInMethods().email) return { values, fieldErrors: {}, formError: "Email links are not available on this site." };
  try {
    await consumeAddressRateLimit(db(), RATE_LIMITS.emailLinksPerIp, clientAddress(await headers()));
    await consumeRateLimit(db(), RATE_LIMITS.emailLinksPerEmail, parsed.data);
  } catch (error) {
    if (error instanceof RateLimitedError) return { values, fieldErrors: {}, formError: error.message };
    throw error;
  }
  await signIn("nodemailer", { email: parsed.data, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
  return { values, fieldErrors: {} };
}
