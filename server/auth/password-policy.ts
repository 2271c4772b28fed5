import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordSchema } from "@/server/schemas/users";

// NIST SP 800-63B-4: length is what counts, no composition rules, but refuse passwords
// that are known to be common (zxcvbn-ts's maintained list), a single repeated character,
// or the name of this site. The list stays on the server; forms show the server's message.

let common: Set<string> | null = null;

export function isWeakPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] ?? []).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1*$/.test(password) || lower.replace(/[^a-z]/g, "").startsWith("stanceatlas");
}

/** A password someone is choosing now (sign-up, change, CLI): the shared length rule plus the checks above. */
export const newPasswordSchema = passwordSchema.refine((password) => !isWeakPassword(password), {
  error: "This password is too common or too easy to guess. Try a few unrelated words.",
});
