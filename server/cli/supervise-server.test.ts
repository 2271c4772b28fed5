import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "@/db/pglite-lock";
import { isProcessAlive } from "@/db/process-alive";

// `npm start` makes a chain of processes: npm → (sh exec) tsx → start.ts → the server, which holds the
// embedded database's lock. Killed outright (kill -9), npm or tsx tells nobody: the rest must notice,
// stop, and give the lock back. The chain here is that shape, with start.ts's supervisor and a server
// that, like server/front/serve.ts, holds the lock and stops when orphaned.

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const dirs: string[] = [];
const tops: ChildProcess[] = [];

afterEach(() => {
  for (const top of tops.splice(0)) {
    try {
      process.kill(-(top.pid ?? 0), "SIGKILL");
    } catch {
      // the whole group has gone already
    }
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the chain; resolves when the server holds the lock, with every process's pid. */
async function startChain() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-orphan-"));
  dirs.push(dir);
  const dataDir = path.join(dir, "data");
  const server = path.join(dir, "serve.ts");
  fs.writeFileSync(
    server,
    `import { acquireDataDirLock } from ${JSON.stringify(path.join(root, "db/pglite-lock"))};
     import { whenOrphaned } from ${JSON.stringify(path.join(root, "server/cli/orphan-watch"))};
     const release = acquireDataDirLock(${JSON.stringify(dataDir)});
     whenOrphaned(() => { release(); process.exit(0); }, { everyMs: 100 });
     console.log("serving " + process.pid);
     setInterval(() => {}, 1000);`,
  );
  const start = path.join(dir, "start.ts");
  fs.writeFileSync(
    start,
    `import { serverSupervisor } from ${JSON.stringify(path.join(root, "server/cli/supervise-server"))};
     console.log("start " + process.pid + " " + process.ppid);
     serverSupervisor().serve(process.execPath, ["--import", "tsx", ${JSON.stringify(server)}], { cwd: ${JSON.stringify(root)} });`,
  );
  // The top process stands for npm: it runs the script through a shell that execs tsx, as npm does.
  const npm = `require("node:child_process").spawn("sh", ["-c", ${JSON.stringify(`exec ${tsx} ${start}`)}], { stdio: "inherit" }); setInterval(() => {}, 1000);`;
  const top = spawn(process.execPath, ["-e", npm], { cwd: root, stdio: ["ignore", "pipe", "inherit"], detached: true });
  tops.push(top);
  let output = "";
  top.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => /serving \d+/.test(output), { timeout: 60_000 }).toBe(true);
  const [, startPid, tsxPid] = /start (\d+) (\d+)/.exec(output)?.map(Number) ?? [];
  const serverPid = Number(/serving (\d+)/.exec(output)?.[1]);
  return { dataDir, top: top.pid ?? 0, tsx: tsxPid ?? 0, start: startPid ?? 0, server: serverPid };
}

describe("npm start's processes when the one that started them is killed outright", () => {
  it("all stop and give back the embedded database when npm's process is killed with SIGKILL", async () => {
    const chain = await startChain();
    expect(() => acquireDataDirLock(chain.dataDir)).toThrow(/in use by another Stance Atlas process/);
    process.kill(chain.top, "SIGKILL");
    await expect
      .poll(() => [chain.tsx, chain.start, chain.server].filter(isProcessAlive), { timeout: 30_000, interval: 200 })
      .toEqual([]);
    acquireDataDirLock(chain.dataDir)(); // a restart can take it
  });

  it("all stop when tsx's process is killed with SIGKILL", async () => {
    const chain = await startChain();
    process.kill(chain.tsx, "SIGKILL");
    await expect
      .poll(() => [chain.start, chain.server].filter(isProcessAlive), { timeout: 30_000, interval: 200 })
      .toEqual([]);
    acquireDataDirLock(chain.dataDir)();
  });
});
