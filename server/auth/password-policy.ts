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
const SITE_WORDS = [
  "stance",
  "atlas",
  "stanceatlas",
  "stance atlas",
  "internet",
  "governance",
  "multistakeholder",
  "intergovernmental",
];

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

// zxcvbn prices each separator as guessed by brute force, so "password-password" and
// "Atlas-Stance-2024" score as strong: the checks below also read the password's words alone.
const wordsOf = (password: string) =>
  password
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const NUMBERS = /\p{N}+/gu;

/** One word said again ("password-password", "Monkey-2024-Monkey-2024"), numbers aside. */
function isRepeatedWord(words: string[]): boolean {
  const distinct = new Set(words.map((word) => word.replace(NUMBERS, "")).filter(Boolean));
  return (words.length > 1 && distinct.size <= 1) || /^(.+)\1+$/u.test(words.join(""));
}

/** The site's own words with numbers (years) and separators: what is left once they are taken out is easy to guess. */
function isMostlySiteWords(words: string[]): boolean {
  const joined = words.join("").replace(NUMBERS, "");
  const rest = SITE_WORDS.map((word) => word.replace(/ /g, ""))
    .sort((a, b) => b.length - a.length)
    .reduce((text, word) => text.replaceAll(word, ""), joined);
  return rest !== joined && strength(rest) < MIN_SCORE;
}

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const words = wordsOf(password);
  return (
    /^(.)\1*$/.test(password) ||
    lower.replace(/[^a-z]/g, "").startsWith("stanceatlas") ||
    isRepeatedWord(words) ||
    isMostlySiteWords(words) ||
    strength(password) < MIN_SCORE
  );
}

/** A password someone is choosing now (sign-up, change, CLI): the shared length rule plus the checks above. */
export const newPasswordSchema = passwordSchema.refine((password) => !isWeakPassword(password), {
  error: "This password is too common or too easy to guess. Try a few unrelated words.",
});
