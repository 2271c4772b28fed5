import "server-only";
import { AuthError } from "next-auth";
import { type FormState } from "@/app/_components/form-state";
import { RateLimitedError } from "@/server/services/rate-limits";
import { signIn } from "./auth";
import { safeCallbackPath } from "./safe-redirect";

/** Signs in through Auth.js and redirects; if that fails, a form state saying why (never whether the email exists). */
export async function signInOrExplain(
  values: Record<string, string>,
  credentials: { email: string; password: string },
  callbackUrl: unknown,
): Promise<FormState> {
  try {
    await signIn("credentials", { ...credentials, redirectTo: safeCallbackPath(callbackUrl) });
    return { values, fieldErrors: {} };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect that ends a successful sign-in
    const cause = error.cause?.err;
    if (cause instanceof RateLimitedError) return { values, fieldErrors: {}, formError: cause.message };
    return { values, fieldErrors: {}, formError: "That email and password do not match an account." };
  }
}
