import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { startFreezableProxy } from "@/server/health/freezable-proxy";
import { expect, newVisitor, test } from "./fixtures";
import { OUTAGE_PORT } from "./ports";
import { PASSWORD, uniqueEmail } from "./session";

// `npm start` on PostgreSQL behind a proxy this test freezes (as when the database is stopped with
// SIGSTOP; the machine's own PostgreSQL is never touched): 503s that say so, nobody signed out, and
// everything back by itself when the database answers again.

const base = `http://127.0.0.1:${OUTAGE_PORT}`;
const answer = (path: string, init?: RequestInit) =>
  fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(15_000) });

test("a frozen database gives 503s that say so, signs nobody out, and the site recovers by itself", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const adminUrl = new URL(process.env.TEST_DATABASE_URL ?? "");
  const name = `stance_atlas_outage_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const proxy = await startFreezableProxy({ host: adminUrl.hostname, port: Number(adminUrl.port || 5432) });
  const url = new URL(adminUrl);
  url.port = String(proxy.port);
  url.pathname = `/${name}`;
  let server: ChildProcess | undefined;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: "outage-test-secret-outage-test-secret",
      PORT: String(OUTAGE_PORT),
      TRUST_PROXY: "1",
    };
    server = spawn("npm", ["start"], { env, stdio: "ignore", detached: true });
    await expect
      .poll(
        () =>
          answer("/api/health").then(
            (r) => r.status,
            () => null,
          ),
        { timeout: 180_000, intervals: [1_000] },
      )
      .toBe(200);

    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto(`${base}/sign-up`);
    await page.getByLabel("Display name").fill("Otto Outage");
    await page.getByLabel("Email").fill(uniqueEmail("outage"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/me$/);

    proxy.freeze();
    await expect.poll(() => answer("/api/health").then((r) => r.status), { timeout: 30_000 }).toBe(503);
    const api = await answer("/api/v1/positions?government=KEN");
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({
      error: "The database is not answering. Nothing was changed; try again in a moment.",
    });
    const matrix = await answer("/matrix?at=2001-01-01");
    expect(matrix.status).toBe(503);
    expect(await matrix.text()).toContain("Stance Atlas is briefly unavailable");
    const session = await page.request.get(`${base}/api/auth/session`);
    expect(session.headers()["set-cookie"] ?? "").not.toMatch(/authjs\.session-token=;/); // the cookie is not cleared

    proxy.thaw();
    await expect.poll(() => answer("/api/health").then((r) => r.status), { timeout: 30_000 }).toBe(200);
    expect((await answer("/matrix?at=2001-01-01")).status).toBe(200);
    await page.goto(`${base}/me`);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible(); // still signed in
    await context.close();
  } finally {
    proxy.thaw();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await proxy.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
});
