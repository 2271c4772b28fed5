import { RateLimitedError } from "@/server/services/rate-limits";
import { SecondFactorError } from "./sign-in-challenge";

/** What Auth.js raises for an everyday refusal (wrong password or code, a lockout): the form says why; the log needs no stack trace. */
export function isExpectedSignInError(error: Error): boolean {
  return error.name === "CredentialsSignin" || signInRefusal(error) !== null;
}

/** The refusal behind an Auth.js error, when it is one the sign-in form explains. */
export function signInRefusal(error: Error): RateLimitedError | SecondFactorError | null {
  const cause =
    typeof error.cause === "object" && error.cause !== null && "err" in error.cause ? error.cause.err : null;
  return cause instanceof RateLimitedError || cause instanceof SecondFactorError ? cause : null;
}
