import { expect, newVisitor, test } from "./fixtures";
import { account } from "./accounts";
import { PASSWORD, signedInPage, signUp, uniqueEmail } from "./session";

// Sign-up, sign-in and sign-out through the real forms and Auth.js.

test("a visitor creates an account and is signed in, on /me", async ({ page }) => {
  const email = uniqueEmail("new");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("contributor", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ada Lovelace" }),
  ).toBeVisible();
});

test("a visitor sent to sign up from /contribute comes back to it with an account", async ({ page }) => {
  await signUp(page, uniqueEmail("contrib"), "Casey Contributor", "/contribute");
  await expect(page).toHaveURL(/\/contribute$/);
  await expect(page.getByRole("heading", { name: "Contribute a position" })).toBeVisible();
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
  const { email } = account("known");

  const page = await (await newVisitor(browser)).newPage();
  for (const tried of [email, uniqueEmail("unknown")]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(tried);
    await page.getByLabel("Password").fill("not the right passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "That email and password do not match an account." }),
    ).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(tried);
  }
  await page.context().close();
});

test("signing in returns to the page that sent you, and never to another site", async ({ browser }) => {
  const { email } = account("return");

  for (const [callbackUrl, expected] of [
    ["/topics", /\/topics$/],
    ["https://evil.example/phish", /\/me$/],
    ["//evil.example/phish", /\/me$/],
  ] as const) {
    const page = await (await newVisitor(browser)).newPage();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(expected);
    await page.context().close();
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

test("signing out on one device signs the account out on the others too", async ({ browser, page }) => {
  const email = uniqueEmail("everywhere");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  const otherDevice = await signedInPage(browser, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.goto("/me");
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await otherDevice.context().close();
});

test("signing out through Auth.js's own endpoint ends the session: a copy of the old cookie no longer works", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("endpoint"));
  await expect(page).toHaveURL(/\/me$/);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes("authjs.session-token"));
  expect(session).toBeDefined();
  const copied = `${session?.name}=${session?.value}`;
  const asCopy = async () =>
    (await (await page.request.get("/api/auth/session", { headers: { cookie: copied } })).json()) as {
      user?: unknown;
    } | null;
  expect(await asCopy()).toMatchObject({ user: expect.anything() });
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBeLessThan(400);
  expect(await asCopy()).toBeNull();
});

test("changing the password needs the current one, keeps this session and ends the others", async ({
  browser,
  page,
}) => {
  const email = uniqueEmail("change");
  await signUp(page, email);
  await expect(page).toHaveURL(/\/me$/);
  const otherDevice = await signedInPage(browser, email);

  await page.getByLabel("Current password").fill("not my current password");
  await page.getByLabel("New password").fill("a completely new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
  await expect(page.getByLabel("New password")).toHaveValue("a completely new passphrase");

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await otherDevice.goto("/me");
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await otherDevice.getByLabel("Email").fill(email);
  await otherDevice.getByLabel("Password").fill(PASSWORD);
  await otherDevice.getByRole("button", { name: "Sign in" }).click();
  await expect(otherDevice.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await otherDevice.context().close();
});

test("GitHub, Google and email-link sign-in are absent when not configured", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: /GitHub|Google|sign-in link/ })).toHaveCount(0);
});
