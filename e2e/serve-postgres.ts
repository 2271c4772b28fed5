import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import pg from "pg";

// Serves the app with `npm start` on a fresh PostgreSQL database made from TEST_DATABASE_URL,
// and drops that database when the server is stopped. With SECOND_PORT, a second app server
// serves the same database there (started once the first is up), as behind a load balancer.

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
const name = `stance_atlas_e2e_${Date.now()}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl ?? "");
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e" };
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "e2e/create-accounts.ts"], {
    stdio: "inherit",
    env,
  });
  const server = spawn("npm", ["start"], { stdio: "inherit", detached: true, env });
  const servers = [server];
  const stop = () => void stopServers(servers);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", stop);
  const second = process.env.SECOND_PORT;
  if (second) {
    await healthy(Number(process.env.PORT));
    const other = spawn("npm", ["start"], { stdio: "inherit", detached: true, env: { ...env, PORT: second } });
    servers.push(other);
    other.on("exit", stop);
  }
}

async function healthy(port: number) {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

let stopping = false;
async function stopServers(servers: ChildProcess[]) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    servers.map(async (server) => {
      if (!server.pid || server.exitCode !== null) return;
      const exited = new Promise((r) => server.once("exit", r));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }),
  );
  await admin(`drop database if exists "${name}" with (force)`);
  process.exit(0);
}

void main();
