import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

// Second factors in the browser: an authenticator app's codes, computed from the secret as the app would.

/** The code the app shows now, or `stepsAhead` periods of 30 s later (the server takes one step either side). */
export const appCode = (secret: string, stepsAhead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

/** Sign-in's second step, once the form asks for the code. */
export async function enterCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** Sign-in's first step, for an account that will be asked for a code. */
export async function enterPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sign-in's second step with the app's code; a code already used (a retry within 30 s) is followed by the next one. */
export async function verifyWithAppCode(page: Page, secret: string) {
  await enterCode(page, await appCode(secret));
  const signedIn = page.waitForURL(/\/me$/).then(() => true);
  const refused = page
    .getByText("That code is not right, or it has been used")
    .first()
    .waitFor()
    .then(() => false);
  if (!(await Promise.race([signedIn, refused]))) {
    await enterCode(page, await appCode(secret, 1));
    await expect(page).toHaveURL(/\/me$/);
  }
}

export const twoFactorSection = (page: Page) => page.getByRole("region", { name: "Two-factor authentication" });

/** Sets up two-factor authentication on /me; returns the secret the page showed and the recovery codes. */
export async function turnOnTwoFactor(
  page: Page,
  password: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto("/me");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code to add Stance Atlas to an authenticator app" })).toBeVisible();
  const secret = (await twoFactorSection(page).locator("code").textContent()) ?? "";
  await page.getByLabel("Authentication code").fill(await appCode(secret));
  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Turn on" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  return { secret, recoveryCodes: await list.getByRole("listitem").allTextContents() };
}
