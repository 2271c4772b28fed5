import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { runInProcess } from "@/server/cli/run-script";
import { userCreate } from "@/server/cli/user-create";
import { openDatabase } from "@/db/client";
import { DataDirBusyError } from "@/db/pglite-lock";
import { governments, users } from "@/db/schema";
import { createTestDataDir } from "@/server/testing/database";
import { isProcessAlive } from "@/db/process-alive";

// PGlite has no lock of its own; these tests hold two real processes to one data dir.

const tempDirs: string[] = [];
type Holder = { child: ChildProcess; pid: number; kill(signal: NodeJS.Signals): Promise<void> };
const holders: Holder[] = [];
/** A directory with nothing in it but what a test puts there. */
const newDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-lock-"));
  tempDirs.push(dir);
  return dir;
};
/** A data directory holding a migrated database, as a server's would (opening one is what these tests are about). */
const newDataDir = async (opts: { seed?: boolean; dataset?: boolean } = { seed: false }) => {
  const dir = await createTestDataDir(opts);
  tempDirs.push(dir);
  return dir;
};

/** Starts another process that takes the data dir's lock and keeps it, as a running server does (openDatabase takes it first). */
async function holdInAnotherProcess(dataDir: string): Promise<Holder> {
  const code = `import { acquireDataDirLock } from ${JSON.stringify(path.resolve("db/pglite-lock"))};
    acquireDataDirLock(${JSON.stringify(dataDir)});
    console.log("held by " + process.pid);
    setInterval(() => {}, 1000);`;
  // tsx runs the code in a child of its own: its own process group lets us stop both.
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["-e", code], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const pid = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      const match = /held by (\d+)/.exec(d.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (c) => reject(new Error(`holder exited with ${c}`)));
  });
  const holder: Holder = {
    child,
    pid,
    kill: async (signal) => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-(child.pid ?? 0), signal);
      await exited;
      while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 50));
    },
  };
  holders.push(holder);
  return holder;
}

afterEach(async () => {
  for (const holder of holders.splice(0))
    if (holder.child.exitCode === null && holder.child.signalCode === null) await holder.kill("SIGKILL");
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("one process per embedded data dir", () => {
  it("refuses to open a data dir another live process holds, naming that process", async () => {
    const dataDir = newDir();
    const holder = await holdInAnotherProcess(dataDir);
    expect(() => openDatabase({ dataDir })).toThrow(DataDirBusyError);
    expect(() => openDatabase({ dataDir })).toThrow(`pid ${holder.pid}`);
  });

  it("makes user:create fail with a clear message, and write nothing, while the server holds the data", async () => {
    const dataDir = await newDataDir();
    const holder = await holdInAnotherProcess(dataDir);
    const result = await runInProcess(
      userCreate,
      ["--email", "late@example.org", "--password", "a long enough passphrase"],
      {
        DATA_DIR: dataDir,
        DATABASE_URL: "",
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is in use by another Stance Atlas process");
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace

    await holder.kill("SIGTERM");
    const handle = openDatabase({ dataDir });
    await handle.migrate();
    expect(await handle.db.select().from(users).where(eq(users.email, "late@example.org"))).toEqual([]);
    await handle.close();
  });

  it("takes over a lock left behind by a process that died", async () => {
    const dataDir = await newDataDir();
    const holder = await holdInAnotherProcess(dataDir);
    await holder.kill("SIGKILL"); // no chance to clean up
    const handle = openDatabase({ dataDir });
    await handle.migrate();
    await handle.close();
  });

  it("takes over a lock whose pid now belongs to another program (a reboot, a restarted container, a copied data dir)", async () => {
    const dataDir = await newDataDir();
    const other = spawn("sleep", ["30"]); // a live process that is not the holder
    try {
      const stale = {
        pid: other.pid,
        command: "start.ts",
        startedAt: "2026-01-01T00:00:00.000Z",
        bootId: "a-boot-long-ago",
        processStart: "12345",
      };
      fs.writeFileSync(path.join(dataDir, "stance-atlas.lock"), JSON.stringify(stale));
      const handle = openDatabase({ dataDir });
      await handle.migrate();
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, "stance-atlas.lock"), "utf8"))).toMatchObject({
        pid: process.pid,
      });
      await handle.close();
    } finally {
      other.kill();
    }
  });

  it("lets exactly one of many processes take over a stale lock at once", async () => {
    // Eight processes wait at a barrier, then all try to take the same stale lock; each keeps what it took.
    const code = `import readline from "node:readline";
      import { acquireDataDirLock } from ${JSON.stringify(path.resolve("db/pglite-lock"))};
      console.log("ready");
      readline.createInterface({ input: process.stdin }).on("line", (dir) => {
        try { acquireDataDirLock(dir); console.log("won " + dir); }
        catch (error) { console.log((error.name === "DataDirBusyError" ? "busy " : "error " + error.message + " ") + dir); }
      });`;
    const contenders = Array.from({ length: 8 }, () =>
      spawn(path.resolve("node_modules/.bin/tsx"), ["-e", code], {
        stdio: ["pipe", "pipe", "inherit"],
        detached: true,
      }),
    );
    const answers = contenders.map(() => [] as string[]);
    const ready = contenders.map(
      (child, i) =>
        new Promise<void>((resolve) =>
          readline.createInterface({ input: child.stdout ?? process.stdin }).on("line", (line) => {
            if (line === "ready") resolve();
            else answers[i]?.push(line);
          }),
        ),
    );
    try {
      await Promise.all(ready);
      const dead = spawnSync("true").pid;
      for (let round = 0; round < 12; round++) {
        const dataDir = newDir();
        fs.writeFileSync(
          path.join(dataDir, "stance-atlas.lock"),
          JSON.stringify({ pid: dead, command: "start.ts", startedAt: "2026-01-01T00:00:00.000Z" }),
        );
        for (const child of contenders) child.stdin?.write(`${dataDir}\n`);
        await expect
          .poll(() => answers.filter((a) => a.some((line) => line.endsWith(dataDir))).length, { timeout: 30_000 })
          .toBe(contenders.length);
        const outcomes = answers.map((a) => a.find((line) => line.endsWith(dataDir))?.split(" ")[0]);
        expect(
          outcomes.filter((o) => o === "won"),
          `round ${round}: ${outcomes.join(", ")}`,
        ).toHaveLength(1);
        expect(outcomes.filter((o) => o !== "won" && o !== "busy")).toEqual([]);
      }
    } finally {
      for (const child of contenders) if (child.pid) process.kill(-child.pid, "SIGKILL");
    }
  });

  it("keeps the data across a close and reopen, and frees the lock on close", async () => {
    const dataDir = await newDataDir({ dataset: false });
    const first = openDatabase({ dataDir });
    await first.migrate();
    await first.db.insert(users).values({ email: "kept@example.org", name: "Kept" });
    await first.close();
    expect(fs.existsSync(path.join(dataDir, "stance-atlas.lock"))).toBe(false);

    const second = openDatabase({ dataDir });
    await second.migrate();
    expect(await second.db.select({ name: users.name }).from(users).where(eq(users.email, "kept@example.org"))).toEqual(
      [{ name: "Kept" }],
    );
    expect((await second.db.select().from(governments)).length).toBe(195);
    await second.close();
  });
});
