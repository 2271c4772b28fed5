import { type Browser, expect, type Page, test } from "@playwright/test";

// Sign-up, sign-in and sign-out through the real forms and Auth.js.

const PASSWORD = "correct horse battery staple";
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

async function signUp(page: Page, email: string, name = "Ada Lovelace") {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** An account made through the sign-up form in a page of its own, for tests that then sign in. */
async function existingAccount(browser: Browser, label: string): Promise<string> {
  const email = uniqueEmail(label);
  const page = await browser.newPage();
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  await page.close();
  return email;
}

test("a visitor creates an account and is signed in, on /me", async ({ page }) => {
  const email = uniqueEmail("new");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("contributor", { exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ada Lovelace" })).toBeVisible();
});

test("the sign-up form says what is wrong next to each field and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Grace");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("too short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter an email address like name@example.org.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 15 characters\./);
  await expect(email).toHaveValue("not-an-email");
  await expect(page.getByLabel("Display name")).toHaveValue("Grace");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a common password is refused with a reason", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Common");
  await page.getByLabel("Email").fill(uniqueEmail("common"));
  await page.getByLabel("Password").fill("1qaz2wsx3edc4rfv");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/too common or too easy to guess/);
});

test("sign-in failures never tell whether the email has an account, and keep the email", async ({ browser }) => {
  const email = await existingAccount(browser, "known");

  const page = await browser.newPage();
  for (const tried of [email, uniqueEmail("unknown")]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(tried);
    await page.getByLabel("Password").fill("not the right passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(tried);
  }
  await page.close();
});

test("signing in returns to the page that sent you, and never to another site", async ({ browser }) => {
  const email = await existingAccount(browser, "return");

  for (const [callbackUrl, expected] of [
    ["/topics", /\/topics$/],
    ["https://evil.example/phish", /\/me$/],
    ["//evil.example/phish", /\/me$/],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(expected);
    await page.close();
  }
});

test("signing out ends the session; /me then asks to sign in and comes back", async ({ page }) => {
  const email = uniqueEmail("out");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)me$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
});
