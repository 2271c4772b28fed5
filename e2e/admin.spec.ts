import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { account } from "./accounts";
import { PASSWORD, recentlySignedInAdmin, signedInPage, staffPage, uniqueEmail } from "./session";
import { STAFF } from "./staff";
import { turnOnTwoFactor } from "./two-factor";

// /admin/users: who may open it, and that its changes reach open sessions at once.

const adminPage = (browser: Browser) => staffPage(browser, "admin");

/** The user's row on /admin/users, opened at its search's URL (the form itself: "the search finds a user by email…"). */
async function findUser(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  return row;
}

/** Picks a role; a choice made before the page has hydrated is lost, so it is made again until the button takes it. */
async function chooseRole(row: Locator, name: string, role: string) {
  await expect(async () => {
    await row.getByLabel(`Role of ${name}`).selectOption(role);
    await expect(row.getByRole("button", { name: "Change role" })).toBeEnabled({ timeout: 1_000 });
  }).toPass();
}

test("signed-out visitors are sent to sign in; contributors are told the page is not for them", async ({
  browser,
  page,
}) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)admin(%2F|\/)users$/);
  const contributor = await signedInPage(browser, account("not-admin").email);
  await contributor.goto("/admin/users");
  await expect(contributor.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await expect(contributor.getByRole("table")).toHaveCount(0);
  await contributor.context().close();
});

test("an admin makes a contributor a moderator only once they have a second factor; the open session has the new role at once", async ({
  browser,
}) => {
  const { email, name } = account("promote");
  const user = await signedInPage(browser, email);
  await expect(user.getByText("contributor", { exact: true })).toBeVisible();

  const admin = await recentlySignedInAdmin(browser); // a role change needs a sign-in within 15 minutes
  let row = await findUser(admin, email);
  await chooseRole(row, name, "moderator");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert")).toHaveText(
    `${name} must turn on two-factor authentication (on their account page) before they can be a moderator.`,
  );

  await turnOnTwoFactor(user, PASSWORD);
  row = await findUser(admin, email);
  await expect(row.getByText("Two-factor: on")).toBeVisible();
  await chooseRole(row, name, "moderator");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed to moderator.");
  await expect(row.getByRole("button", { name: "Change role" })).toBeDisabled();

  await user.reload();
  await expect(user.getByText("moderator", { exact: true })).toBeVisible();
  await Promise.all([user.context().close(), admin.context().close()]);
});

test("a ban needs a reason, ends the user's session at once and stops sign-in; unban restores it", async ({
  browser,
}) => {
  const { email, name } = account("ban");
  const user = await signedInPage(browser, email);

  const admin = await adminPage(browser);
  const row = await findUser(admin, email);
  await row.getByRole("button", { name: `Ban ${name}`, exact: true }).click();
  await row.getByRole("button", { name: "Confirm ban" }).click();
  await expect(row.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expect(row.getByLabel("Reason")).toHaveAccessibleDescription(/Give a reason for the ban/);
  await row.getByLabel("Reason").fill("Posted fabricated sources");
  await row.getByRole("button", { name: "Confirm ban" }).click();
  await expect(row.getByRole("button", { name: `Unban ${name}` })).toBeVisible();
  await expect(row.getByText("Posted fabricated sources")).toBeVisible();

  await user.goto("/contribute");
  await expect(user).toHaveURL(/\/sign-in/);
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(PASSWORD);
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();

  await row.getByRole("button", { name: `Unban ${name}` }).click();
  await expect(row.getByRole("button", { name: `Ban ${name}`, exact: true })).toBeVisible();
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(PASSWORD);
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user).toHaveURL(/\/contribute$/); // back where the ban sent them to sign in
  await Promise.all([user.context().close(), admin.context().close()]);
});

test("the last admin cannot be demoted, and the page says why", async ({ browser }) => {
  const admin = await recentlySignedInAdmin(browser);
  const row = await findUser(admin, STAFF.admin.email);
  await chooseRole(row, STAFF.admin.name, "contributor");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert")).toContainText("is the last admin");
  await admin.reload();
  await expect(admin.getByRole("link", { name: "Admin", exact: true })).toBeVisible();
  await admin.context().close();
});

test("the search finds a user by email, and unknown searches show an empty state", async ({ browser }) => {
  const admin = await adminPage(browser);
  await admin.goto("/admin/users");
  await admin.getByLabel("Search users").fill(STAFF.admin.email);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\?q=/);
  await expect(admin.getByRole("row").filter({ hasText: STAFF.admin.email })).toHaveCount(1);
  // The search loads a new page: a click on it before it has hydrated would be lost.
  await admin.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await admin.getByLabel("Search users").fill(uniqueEmail("nobody"));
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByText(/No account matches/)).toBeVisible();
  await admin.context().close();
});
