import { createHash, randomBytes } from "node:crypto";

// Single-use recovery codes: ten per account, 100 random bits each, written as four groups of
// five letters and digits. Only their SHA-256 hashes are stored: with that much randomness a
// slow password hash adds nothing (ASVS 5.0 V6.5.2).

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz023456789"; // 32 characters (no bias): no o, i, l or 1
const LENGTH = 20;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(LENGTH);
    const chars = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5)).join("-");
  });
}

/** How a code is stored and looked up: spaces, dashes and case do not matter. */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(normalised).digest("hex");
}
