import fs from "node:fs";
import { type Browser, expect, type Page } from "@playwright/test";
import { test } from "@playwright/test";
import { newVisitor } from "./fixtures";
import { PASSWORD } from "./accounts";
import { STAFF, type StaffRole } from "./staff";
import { enterPassword, verifyWithAppCode } from "./two-factor";

// Signing up and in through the real forms. Specs sign in with the accounts e2e/accounts.ts lists
// (made before the server starts); only accounts.spec.ts signs up through the form.

export { PASSWORD };
export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

export async function signUp(page: Page, email: string, name = "Ada Lovelace", callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

/** A signed-in page in a browser context of its own (its own cookies: another device). */
export async function signedInPage(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

/** Where the setup project (staff-sign-in.setup.ts) keeps each staff account's signed-in cookies, per server. */
export const staffStatePath = (server: string, role: StaffRole) => `.test-data/e2e-auth/${server}-${role}.json`;

/** The server the running test's project drives ("pglite", "postgres"): whose staff sessions it uses. */
export const projectServer = () => test.info().project.name.split("-")[0] ?? "";

/**
 * A page signed in as the admin or the moderator: their session from the setup project, which signed
 * in once through the form with a code (a code works once, so staff cannot sign in for every test).
 */
export async function staffPage(browser: Browser, role: StaffRole): Promise<Page> {
  const context = await newVisitor(browser, { storageState: staffStatePath(projectServer(), role) });
  return context.newPage();
}

/** How long the setup project's staff sessions count as a recent sign-in here (the server asks for one within 15 minutes). */
const RECENT_MS = 10 * 60_000;

/**
 * The admin with a sign-in under 15 minutes old, for the changes that ask for one: the setup project's session while it
 * is that young (a whole run usually is), else a new sign-in through the form with a code. Codes are few (one per
 * 30 seconds, each used once), so specs do not each sign in with one.
 */
export async function recentlySignedInAdmin(browser: Browser): Promise<Page> {
  if (Date.now() - fs.statSync(staffStatePath(projectServer(), "admin")).mtimeMs < RECENT_MS)
    return staffPage(browser, "admin");
  const page = await (await newVisitor(browser)).newPage();
  await enterPassword(page, STAFF.admin.email, STAFF.admin.password);
  await verifyWithAppCode(page, STAFF.admin.totpSecret);
  return page;
}
