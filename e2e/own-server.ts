import { type ChildProcess, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { startFreezableProxy } from "@/server/health/freezable-proxy";
import { expect } from "./fixtures";
import { OWN_SERVER_PORT } from "./ports";

// `npm start` on a PostgreSQL database of its own, for the specs that need what the shared servers must not have:
// email configured (EMAIL_SERVER pointing at an SMTP server the test runs, a digest tick of one second) and the
// database behind a proxy the test can freeze (as when it is stopped with SIGSTOP; the machine's own PostgreSQL is
// never touched). A moderator with a second factor is made with `npm run user:create`, as an operator would.

export const OWN_MODERATOR = {
  email: "own-server-moderator@example.org",
  password: "own server moderator passphrase",
  secret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
};

export type OwnServer = {
  base: string;
  smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  proxy: Awaited<ReturnType<typeof startFreezableProxy>>;
  stop(): Promise<void>;
};

export async function startOwnServer(): Promise<OwnServer> {
  const base = `http://127.0.0.1:${OWN_SERVER_PORT}`;
  const adminUrl = new URL(process.env.TEST_DATABASE_URL ?? "");
  const name = `stance_atlas_own_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const smtp = await startTestSmtpServer();
  const proxy = await startFreezableProxy({ host: adminUrl.hostname, port: Number(adminUrl.port || 5432) });
  const url = new URL(adminUrl);
  url.port = String(proxy.port);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    AUTH_SECRET: "own-server-secret-own-server-secret",
    PORT: String(OWN_SERVER_PORT),
    SITE_URL: base,
    TRUST_PROXY: "1",
    EMAIL_SERVER: smtp.url,
    EMAIL_FROM: "Stance Atlas <alerts@example.org>",
    ALERTS_TICK_SECONDS: "1",
  };
  const server: ChildProcess = spawn("npm", ["start"], { env, stdio: "ignore", detached: true });
  const stop = async () => {
    proxy.thaw();
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    await smtp.close();
    await proxy.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
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
    // Not execFileSync: the proxy runs in this process, and user:create reaches the database through it.
    await promisify(execFile)(
      "npm",
      [
        ...["run", "-s", "user:create", "--", "--email", OWN_MODERATOR.email, "--password", OWN_MODERATOR.password],
        ...["--role", "moderator", "--name", "Alma Alerts", "--totp-secret", OWN_MODERATOR.secret],
      ],
      { env },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, smtp, proxy, stop };
}
