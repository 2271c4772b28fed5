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

/**
 * Who holds the lock. A pid alone is not enough: after a reboot, a container restart or with a copied
 * data dir, the pid may belong to another program. So the holder also records the boot it ran in and
 * when its process started (Linux's /proc); a live pid with another boot or start time is not the holder.
 */
type LockInfo = { pid: number; command: string; startedAt: string; bootId?: string; processStart?: string };

type ProcessIdentity = { bootId: string; processStart: string };

function processIdentity(pid: number): ProcessIdentity | null {
  try {
    const bootId = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    // Field 22 of /proc/PID/stat (after the parenthesised command, which may hold spaces): start time in clock ticks since boot.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const processStart = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
    return { bootId, processStart };
  } catch {
    return null; // no /proc (not Linux), or no such process
  }
}

/** Whether the process the lock names is still the one that took it. */
function stillHeld(holder: LockInfo): boolean {
  if (!isAlive(holder.pid)) return false;
  if (!holder.bootId || !holder.processStart) return true; // written without an identity: trust the live pid
  const now = processIdentity(holder.pid);
  return now === null || (now.bootId === holder.bootId && now.processStart === holder.processStart);
}

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
    ...processIdentity(process.pid),
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
      if (holder && stillHeld(holder)) throw new DataDirBusyError(dataDir, holder.pid, holder.command);
      fs.rmSync(file, { force: true }); // left behind by a process that died, or whose pid now belongs to another
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
