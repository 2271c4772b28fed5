"use server";

import { headers } from "next/headers";
import { db } from "@/db/server-db";
import { clientAddress } from "@/server/auth/client-address";
import { signInOrExplain } from "@/server/auth/form-sign-in";
import { newPasswordSchema } from "@/server/auth/password-policy";
import { signUpSchema } from "@/server/schemas/users";
import { RateLimitedError } from "@/server/services/rate-limits";
import { registerContributor } from "@/server/services/sign-up";
import { fieldErrorsOf, type FormState } from "@/server/shared/form-state";

/** Creates a contributor account and signs it in; on failure says what is wrong and keeps the input. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  };
  const parsed = signUpSchema.extend({ password: newPasswordSchema }).safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    // An existing email: sign in if the password is that account's, else the same answer as a wrong password.
    await registerContributor(db(), parsed.data, clientAddress(await headers()));
  } catch (error) {
    if (error instanceof RateLimitedError) return { values, fieldErrors: {}, formError: error.message };
    throw error;
  }
  return signInOrExplain(
    values,
    { email: parsed.data.email, password: parsed.data.password },
    formData.get("callbackUrl"),
  );
}
