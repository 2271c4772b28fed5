import { execFileSync, spawn } from "node:child_process";
import pg from "pg";

// Serves the app with `npm start` on a fresh PostgreSQL database made from TEST_DATABASE_URL,
// and drops that database when the server is stopped.

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
  execFileSync("node_modules/.bin/tsx", ["e2e/create-staff.ts"], { stdio: "inherit", env });
  const server = spawn("npm", ["start"], { stdio: "inherit", detached: true, env });
  const stop = () => void stopServer(server.pid, server.exitCode === null ? new Promise((r) => server.once("exit", r)) : null);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", stop);
}

let stopping = false;
async function stopServer(pid: number | undefined, exited: Promise<unknown> | null) {
  if (stopping) return;
  stopping = true;
  if (pid && exited) {
    process.kill(-pid, "SIGTERM");
    await exited;
  }
  await admin(`drop database if exists "${name}" with (force)`);
  process.exit(0);
}

void main();
