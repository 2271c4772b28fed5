import { describe, expect, it } from "vitest";
import { isWeakPassword, newPasswordSchema } from "./password-policy";

describe("the password policy", () => {
  // The last three passed the exact match against the common-password list that came before the strength estimate.
  it.each([
    "1qaz2wsx3edc4rfv",
    "123456789QWERTY",
    "aaaaaaaaaaaaaaaa",
    "StanceAtlas2026!!",
    "123456789012345",
    "qwertyuiopasdfgh",
    "iloveyouiloveyou",
  ])("refuses %s", (password) => {
    expect(isWeakPassword(password)).toBe(true);
    expect(newPasswordSchema.safeParse(password).error?.issues[0]?.message).toBe(
      "This password is too common or too easy to guess. Try a few unrelated words.",
    );
  });

  // Scored as strong by zxcvbn alone (each separator counts as brute force), found by the second review.
  it.each([
    "password-password",
    "Atlas-Stance-2024",
    "Password.Password.1",
    "dragon_dragon_dragon",
    "Monkey-2024-Monkey-2024",
    "Stance-Atlas-2025!",
    "Governance-Internet-2024",
    "Welcome-to-Atlas-2024",
    "stance.atlas.2024",
  ])("refuses %s: a repeated word, or the site's words with a year", (password) => {
    expect(isWeakPassword(password)).toBe(true);
  });

  it.each([
    "quiet lantern orchard meadow",
    "purple atlas running tractor",
    "maps of internet law and order",
    "Apple-Banana-Cherry-Plum",
    "i love my dog fido very much",
  ])("accepts the passphrase %s, even with a site word or separators in it", (password) => {
    expect(isWeakPassword(password)).toBe(false);
  });

  it("accepts a long passphrase of any characters, with no composition rules", () => {
    expect(newPasswordSchema.parse("correct horse battery staple")).toBe("correct horse battery staple");
    expect(newPasswordSchema.safeParse("ünïcødé pässphrase ✓").success).toBe(true);
  });

  it("refuses fewer than 15 or more than 128 characters", () => {
    expect(newPasswordSchema.safeParse("short but fine").error?.issues[0]?.message).toBe("Use at least 15 characters.");
    expect(newPasswordSchema.safeParse("x".repeat(64) + "y".repeat(65)).error?.issues[0]?.message).toBe(
      "Use at most 128 characters.",
    );
  });
});
