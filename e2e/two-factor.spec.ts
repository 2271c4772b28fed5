import type { Browser, Page } from "@playwright/test";
import { expect, newVisitor, test } from "./fixtures";
import { account } from "./accounts";
import { PASSWORD, recentlySignedInAdmin, signIn, signedInPage } from "./session";
import { UNENROLLED_MODERATOR } from "./staff";
import { appCode, enterCode, enterPassword, turnOnTwoFactor, twoFactorSection } from "./two-factor";

// Two-factor authentication in Chromium: setting it up on /me, signing in with a code or a recovery
// code (each works once), staff without one, and an admin's reset.

/** The form stays on the code step and says why, next to the field. */
async function expectCodeRefused(page: Page) {
  await expect(page.getByLabel("Authentication code")).toHaveAccessibleDescription(
    /That code is not right, or it has been used\./,
  );
  await expect(page).toHaveURL(/\/sign-in/);
}

async function freshPage(browser: Browser) {
  return (await newVisitor(browser)).newPage();
}

test("a contributor turns on two-factor; sign-in then asks for a code, refuses a wrong one, and takes each code once", async ({
  browser,
}) => {
  const { email } = account("two-factor");
  const owner = await signedInPage(browser, email);
  const { secret, recoveryCodes } = await turnOnTwoFactor(owner, PASSWORD);
  await owner.reload(); // still signed in here, and it says so
  await expect(twoFactorSection(owner)).toContainText(
    "On. Signing in asks for a code from your authenticator app. 10 of 10 recovery codes left.",
  );

  // The password alone no longer signs in; a wrong code is refused and the form stays on the code step.
  const laptop = await freshPage(browser);
  await enterPassword(laptop, email, PASSWORD);
  await enterCode(laptop, "000000");
  await expectCodeRefused(laptop);
  // The next 30-second step (the set-up used this one) signs in.
  const code = await appCode(secret, 1);
  await enterCode(laptop, code);
  await expect(laptop).toHaveURL(/\/me$/);

  // The same code, replayed from another device, is refused.
  const thief = await freshPage(browser);
  await enterPassword(thief, email, PASSWORD);
  await enterCode(thief, code);
  await expectCodeRefused(thief);

  // A recovery code works once.
  const [recovery = ""] = recoveryCodes;
  await enterCode(thief, recovery);
  await expect(thief).toHaveURL(/\/me$/);
  await expect(twoFactorSection(thief)).toContainText("9 of 10 recovery codes left.");
  const again = await freshPage(browser);
  await enterPassword(again, email, PASSWORD);
  await enterCode(again, recovery);
  await expectCodeRefused(again);
  await Promise.all([owner, laptop, thief, again].map((page) => page.context().close()));
});

test("a moderator without a second factor cannot reach /moderation, and is told how to set one up", async ({
  browser,
}) => {
  const page = await freshPage(browser);
  await signIn(page, UNENROLLED_MODERATOR.email, UNENROLLED_MODERATOR.password);
  await expect(
    page.getByText("As a moderator, you must turn on two-factor authentication before you can moderate"),
  ).toBeVisible();
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { name: "Turn on two-factor authentication first" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await page.getByRole("link", { name: "Set up two-factor authentication" }).click();
  await expect(page).toHaveURL(/\/me#two-factor$/);
  await page.context().close();
});

test("an admin resets a user's second factor with a reason; the audit log has it and the failed sign-ins; the user signs in with a password again", async ({
  browser,
}) => {
  const { email, name } = account("reset");
  const user = await signedInPage(browser, email);
  await turnOnTwoFactor(user, PASSWORD);
  const stranger = await freshPage(browser);
  await stranger.goto("/sign-in");
  await stranger.getByLabel("Email").fill(email);
  await stranger.getByLabel("Password").fill("not the right passphrase");
  await stranger.getByRole("button", { name: "Sign in" }).click();
  await expect(stranger.getByText("That email and password do not match an account.")).toBeVisible();

  const admin = await recentlySignedInAdmin(browser); // a reset needs a sign-in within 15 minutes
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Two-factor: on")).toBeVisible();
  await row.getByRole("button", { name: `Reset two-factor of ${name}` }).click();
  await row.getByLabel("Reason").fill("Lost their phone and their recovery codes; identity checked by email.");
  await row.getByRole("button", { name: "Confirm reset" }).click();
  await expect(row.getByText("Two-factor: off")).toBeVisible();

  await admin.goto("/admin/audit");
  const reset = admin.getByRole("row").filter({ hasText: "user.second_factor_reset" }).filter({ hasText: name });
  await expect(reset).toContainText("Lost their phone and their recovery codes");
  const failed = admin.getByRole("row").filter({ hasText: "sign_in.failed" }).filter({ hasText: name });
  await expect(failed.first()).toContainText("A visitor from");

  // The reset ended the user's session; the password alone signs in again.
  await user.reload();
  await expect(user).toHaveURL(/\/sign-in/);
  await signIn(user, email);
  await Promise.all([user, stranger, admin].map((page) => page.context().close()));
});
