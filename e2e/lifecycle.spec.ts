import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { LIFECYCLE_PORT, LIFECYCLE_SECOND_PORT } from "./ports";
import { isProcessAlive } from "@/db/process-alive";

// `npm start` as an operator runs it, on a new data directory of its own: a second server on the same
// directory exits at once with a reason, and SIGTERM to npm stops everything and gives the directory back.
// (npm's or tsx's process killed outright, SIGKILL, is tested on the same chain of processes in
// server/cli/supervise-server.test.ts, without booting the app twice here.)

const DATA_DIR = path.resolve(".test-data/e2e-lifecycle");
const env = { ...process.env, DATA_DIR, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" };

function exited(child: ChildProcess, withinMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${withinMs} ms`)), withinMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => r.status,
    () => null,
  );

test("a second server on a busy data directory exits non-zero; SIGTERM to npm start stops the server and frees the directory", async () => {
  test.setTimeout(240_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const server = spawn("npm", ["start"], { env: { ...env, PORT: String(LIFECYCLE_PORT) }, stdio: "ignore" });
  try {
    await expect.poll(() => answers(LIFECYCLE_PORT), { timeout: 180_000, intervals: [1_000] }).toBe(200);

    // Next's own `next start` on the same directory: refused at boot, not serving errors.
    let output = "";
    const second = spawn("node_modules/.bin/next", ["start", "--port", String(LIFECYCLE_SECOND_PORT)], { env });
    second.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    second.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    expect(await exited(second, 60_000)).not.toBe(0);
    expect(output).toContain(`The embedded database in ${DATA_DIR} is in use by another Stance Atlas process`);

    const holder = (JSON.parse(fs.readFileSync(path.join(DATA_DIR, "stance-atlas.lock"), "utf8")) as { pid: number })
      .pid;
    server.kill("SIGTERM"); // npm's own process, as a supervisor would stop it
    expect(await exited(server, 15_000)).not.toBeNull();
    await expect.poll(() => answers(LIFECYCLE_PORT), { timeout: 15_000 }).toBeNull();
    await expect.poll(() => fs.existsSync(path.join(DATA_DIR, "stance-atlas.lock")), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => isProcessAlive(holder), { timeout: 15_000 }).toBe(false);
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
