import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import pg from "pg";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { expect, newVisitor, test } from "./fixtures";
import { fillProposal, freshDate } from "./proposal-form";
import { IXPS } from "./publish";
import { ALERTS_PORT } from "./ports";
import { PASSWORD, uniqueEmail } from "./session";
import { enterPassword, verifyWithAppCode } from "./two-factor";

// `npm start` with email configured (EMAIL_SERVER pointing at an SMTP server this test runs, and a
// digest tick of one second), on a fresh PostgreSQL database: a reader who watches a government
// gets a digest email after a moderator approves a change to it, and can unsubscribe in one click.

const base = `http://127.0.0.1:${ALERTS_PORT}`;
const MODERATOR = {
  email: "alerts-moderator@example.org",
  password: "alerts moderator passphrase",
  secret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
};

test("a watchlist email arrives at the SMTP server after an approval, and its one-click unsubscribe works", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const adminUrl = new URL(process.env.TEST_DATABASE_URL ?? "");
  const name = `stance_atlas_alerts_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const smtp = await startTestSmtpServer();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let server: ChildProcess | undefined;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: "alerts-test-secret-alerts-test-secret",
      PORT: String(ALERTS_PORT),
      SITE_URL: base,
      EMAIL_SERVER: smtp.url,
      EMAIL_FROM: "Stance Atlas <alerts@example.org>",
      ALERTS_TICK_SECONDS: "1",
    };
    server = spawn("npm", ["start"], { env, stdio: "ignore", detached: true });
    await expect
      .poll(
        () =>
          fetch(`${base}/api/health`).then(
            (r) => r.status,
            () => null,
          ),
        { timeout: 180_000, intervals: [1_000] },
      )
      .toBe(200);
    execFileSync(
      "npm",
      [
        "run",
        "-s",
        "user:create",
        "--",
        "--email",
        MODERATOR.email,
        "--password",
        MODERATOR.password,
        "--role",
        "moderator",
        "--name",
        "Alma Alerts",
        "--totp-secret",
        MODERATOR.secret,
      ],
      { env, stdio: "ignore" },
    );

    const readerEmail = uniqueEmail("alerts");
    const reader = await (await newVisitor(browser, { baseURL: base })).newPage();
    await reader.goto("/sign-up");
    await reader.getByLabel("Display name").fill("Ada Alerted");
    await reader.getByLabel("Email").fill(readerEmail);
    await reader.getByLabel("Password").fill(PASSWORD);
    await reader.getByRole("button", { name: "Create account" }).click();
    await expect(reader).toHaveURL(/\/me$/);
    await reader.goto("/governments/CRI");
    await reader.getByRole("button", { name: "Watch" }).click();
    await expect(reader.getByRole("button", { name: "Unwatch" })).toBeVisible();
    await reader.goto("/me/watchlist");
    await reader.getByLabel("Email me a daily digest of approved changes to what I watch").check();
    await reader.getByRole("button", { name: "Save email alerts" }).click();
    await expect(reader.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const summary = "Costa Rica said its exchange point is run by its members.";
    await reader.goto("/contribute");
    await fillProposal(reader, {
      government: "Costa Rica",
      topic: IXPS,
      stance: "multistakeholder",
      date: freshDate(),
      summary,
      source: "https://example.org/costa-rica",
    });
    await reader.getByRole("button", { name: "Submit for review" }).click();
    await expect(reader.getByRole("heading", { name: "Submitted for review" })).toBeVisible();
    expect(smtp.received.some((m) => m.to.includes(readerEmail))).toBe(false); // nothing approved yet

    const mod = await (await newVisitor(browser, { baseURL: base })).newPage();
    await enterPassword(mod, MODERATOR.email, MODERATOR.password);
    await verifyWithAppCode(mod, MODERATOR.secret);
    await mod.goto("/moderation?government=CRI");
    await mod.getByRole("article").filter({ hasText: "Ada Alerted" }).getByRole("button", { name: "Approve" }).click();
    await expect(mod.getByRole("article").filter({ hasText: "Ada Alerted" })).toHaveCount(0);

    await expect
      .poll(() => smtp.received.find((m) => m.to.includes(readerEmail))?.subject, { timeout: 30_000 })
      .toBe("Stance Atlas: 1 change to what you watch");
    const mail = smtp.received.find((m) => m.to.includes(readerEmail));
    expect(mail?.text).toContain("New position: Costa Rica on Internet Exchange Points in developing countries");
    expect(mail?.text).toContain(`${base}/positions/`);
    const unsubscribeUrl = /^<([^>]+)>$/.exec(mail?.header("List-Unsubscribe") ?? "")?.[1] ?? "";
    expect(unsubscribeUrl).toMatch(new RegExp(`^${base}/api/alerts/unsubscribe/[0-9a-f]{48}$`));
    const unsubscribed = await fetch(unsubscribeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(unsubscribed.status).toBe(200);
    await reader.goto("/me/watchlist");
    await expect(reader.getByLabel("Email me a daily digest of approved changes to what I watch")).not.toBeChecked();
    await reader.context().close();
    await mod.context().close();
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await smtp.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
});
