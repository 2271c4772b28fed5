"use server";

import { signInOrExplain } from "@/server/auth/form-sign-in";
import { signInSchema } from "@/server/schemas/users";
import { fieldErrorsOf, type FormState } from "../_components/form-state";

/** Signs in with email and password; on failure says what is wrong and keeps the input. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  return signInOrExplain(values, parsed.data, formData.get("callbackUrl"));
}
