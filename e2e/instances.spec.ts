import { expect, newVisitor, test } from "./fixtures";
import { POSTGRES_SECOND_PORT } from "./ports";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { account } from "./accounts";
import { PASSWORD, signedInPage, staffPage } from "./session";

// Two app servers on one PostgreSQL database, as behind a load balancer: a change approved on
// one is on the other's next page, though that page was cached there; sessions and rate limits are
// the database's, so both servers share them.

const other = `http://127.0.0.1:${POSTGRES_SECOND_PORT}`;

test("an approval on one app server shows on the other's cached pages at once", async ({ browser }) => {
  const reader = (await newVisitor(browser)).request;
  await expect
    .poll(async () => (await reader.get(`${other}/api/health`).catch(() => null))?.status(), { timeout: 120_000 })
    .toBe(200);
  const mod = await staffPage(browser, "moderator");
  const first = "Uruguay described its exchange point as an open regional hub.";
  await publishAsModerator(mod, "Uruguay", freshDate(), first);
  await reader.get(`${other}/governments/URY`);
  const cached = await reader.get(`${other}/governments/URY`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).toContain(first);

  const second = "Uruguay later described its exchange point as run by its operators together.";
  await publishAsModerator(mod, "Uruguay", freshDate(), second); // on the first server
  await expect
    .poll(async () => (await (await reader.get(`${other}/governments/URY`)).text()).includes(second))
    .toBe(true);
  await mod.context().close();
});

test("a session started on one app server is open on the other, and signing out on one ends it on both", async ({
  browser,
}) => {
  const reader = (await newVisitor(browser)).request;
  await expect
    .poll(async () => (await reader.get(`${other}/api/health`).catch(() => null))?.status(), { timeout: 120_000 })
    .toBe(200);
  const { email } = account("two-servers");
  const page = await signedInPage(browser, email); // on the first server
  await page.goto(`${other}/me`); // the same browser, the other server (cookies are per host, not per port)
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click(); // on the other server
  await expect(page).toHaveURL(`${other}/`); // signed out there (the sign-out lands on the home page)
  await page.goto("/me"); // back on the first
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
});

test("failed sign-ins count across app servers: the limit is the database's, not one server's", async ({ browser }) => {
  const { email } = account("limited");
  const context = await newVisitor(browser); // one address for every attempt
  const page = await context.newPage();
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.goto(`${attempt % 2 ? other : ""}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  for (const server of ["", other]) {
    await page.goto(`${server}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD); // even the right one, from this address, for now
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Too many failed sign-ins to this account from this address/)).toBeVisible();
  }
  await context.close();
});
