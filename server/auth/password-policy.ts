import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEnglish from "@zxcvbn-ts/language-en";
import { passwordSchema } from "@/server/schemas/users";

// NIST SP 800-63B-4: length is what counts, no composition rules, but refuse passwords that
// are easy to guess. zxcvbn-ts estimates that from what crackers try first (common passwords,
// keyboard walks, repeats, dates, dictionary words, the site's own words); a score under 3 of
// 4 is refused, as are a single repeated character and the name of this site. Its
// dictionaries stay on the server; forms show the server's message.

/** Words that belong to this site: a password made of them is guessed early. */
const SITE_WORDS = ["stance", "atlas", "stanceatlas", "stance atlas", "internet", "governance", "multistakeholder", "intergovernmental"];

const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;

function strength(password: string): number {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  return estimator.check(password, SITE_WORDS).score;
}

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return /^(.)\1*$/.test(password) || lower.replace(/[^a-z]/g, "").startsWith("stanceatlas") || strength(password) < MIN_SCORE;
}

/** A password someone is choosing now (sign-up, change, CLI): the shared length rule plus the checks above. */
export const newPasswordSchema = passwordSchema.refine((password) => !isWeakPassword(password), {
  error: "This password is too common or too easy to guess. Try a few unrelated words.",
});
