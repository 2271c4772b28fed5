import fs from "node:fs";
import path from "node:path";

// PGlite has no lock of its own: two processes on one data dir lose data silently.
// So exactly one process may open it; every other one is refused with a clear message.

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    holderCommand: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Stance Atlas process ` +
        `(pid ${holderPid}: ${holderCommand}). Only one process may open it at a time: ` +
        `stop that process (the running server) and try again, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DataDirBusyError";
  }
}

type LockInfo = { pid: number; command: string; startedAt: string };

const lockFile = (dataDir: string) => path.join(dataDir, "stance-atlas.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/** Takes the data dir for this process; returns the function that gives it back. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const mine: LockInfo = {
    pid: process.pid,
    command: process.argv.slice(1).map((a) => path.basename(a)).join(" "),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      const release = () => {
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(file);
      if (holder?.pid === process.pid) return () => {};
      if (holder && isAlive(holder.pid)) throw new DataDirBusyError(dataDir, holder.pid, holder.command);
      fs.rmSync(file, { force: true }); // left behind by a process that died
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
