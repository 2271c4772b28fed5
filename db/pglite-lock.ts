import fs from "node:fs";
import path from "node:path";
import { isProcessAlive } from "./process-alive";

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
  if (!isProcessAlive(holder.pid)) return false;
  if (!holder.bootId || !holder.processStart) return true; // written without an identity: trust the live pid
  const now = processIdentity(holder.pid);
  return now === null || (now.bootId === holder.bootId && now.processStart === holder.processStart);
}

const lockFile = (dataDir: string) => path.join(dataDir, "stance-atlas.lock");

function readRaw(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readRaw(file) ?? "") as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Creates `file` holding `info` only if there is none, all at once: written beside it, then hard-linked
 * into place (atomic, and fails if the name exists), so no reader ever finds it empty or half-written.
 */
function createWhole(file: string, info: LockInfo): boolean {
  const draft = `${file}.${process.pid}.draft`;
  fs.writeFileSync(draft, JSON.stringify(info), { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes the stale lock `file` if it still holds `stale`. "Read, judge, remove" is not atomic: two
 * processes could both judge the old lock stale, one remove it and take the data dir, and the other
 * then remove that new lock and take it too. So removal happens under a guard file only one process
 * can create; the others wait and then find the new holder's lock. (A guard left by a process that died
 * within those few instructions is removed when its holder is seen to be gone.)
 */
function removeStale(file: string, stale: string | null, mine: LockInfo): void {
  const guard = `${file}.takeover`;
  if (!createWhole(guard, mine)) {
    const owner = readLock(guard);
    if (!owner || !stillHeld(owner)) fs.rmSync(guard, { force: true });
    else pause(10);
    return;
  }
  try {
    if (readRaw(file) === stale) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Takes the data dir for this process; returns the function that gives it back. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const mine: LockInfo = {
    pid: process.pid,
    command: process.argv
      .slice(1)
      .map((a) => path.basename(a))
      .join(" "),
    startedAt: new Date().toISOString(),
    ...processIdentity(process.pid),
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    if (createWhole(file, mine)) {
      const release = () => {
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    }
    const raw = readRaw(file);
    const holder = readLock(file);
    if (holder?.pid === process.pid) return () => {};
    if (holder && stillHeld(holder)) throw new DataDirBusyError(dataDir, holder.pid, holder.command);
    // Left behind by a process that died, or whose pid now belongs to another program.
    if (raw !== null) removeStale(file, raw, mine);
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
