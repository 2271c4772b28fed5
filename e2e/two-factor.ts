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

/** Sends a code at sign-in's second step; whether the server took it (it answers that request with a redirect). */
async function codeTaken(page: Page, code: string): Promise<boolean> {
  await expect(page.getByLabel("Authentication code")).toBeEditable(); // the password step has been answered
  const answer = page.waitForResponse(
    (r) =>
      r.request().method() === "POST" &&
      new URL(r.url()).pathname === "/sign-in" &&
      Boolean(r.request().postData()?.includes(code)),
  );
  await enterCode(page, code);
  return Boolean((await answer).headers()["x-action-redirect"]);
}

const PERIOD_MS = 30_000;

/**
 * Sign-in's second step with the app's code. A code works once, and only for a period after the last one the account
 * used; tests sign in as the same staff at once, so this period's code, and the next one's (the server takes one
 * period either side), may be taken: then the next period brings a new one, as it would for a person.
 */
export async function verifyWithAppCode(page: Page, secret: string) {
  for (const stepsAhead of [0, 1]) {
    if (await codeTaken(page, await appCode(secret, stepsAhead))) return expect(page).toHaveURL(/\/me$/);
  }
  await page.waitForTimeout(PERIOD_MS - (Date.now() % PERIOD_MS) + 500);
  await enterCode(page, await appCode(secret, 1));
  await expect(page).toHaveURL(/\/me$/);
}

export const twoFactorSection = (page: Page) => page.getByRole("region", { name: "Two-factor authentication" });

/** Sets up two-factor authentication on /me; returns the secret the page showed and the recovery codes. */
export async function turnOnTwoFactor(
  page: Page,
  password: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  // Every sign-in lands on /me; a button clicked there before the page has hydrated would do nothing.
  if (new URL(page.url()).pathname === "/me") await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  else await page.goto("/me");
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
