import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { isProcessAlive } from "@/db/process-alive";

// Node cannot ask to be told when its parent dies (Linux's PR_SET_PDEATHSIG): a process whose starter is
// killed outright (kill -9) keeps running, and the server keeps the embedded database's lock. So each
// process `npm start` makes polls for its starter and stops when it is gone.

const WATCH_EVERY_MS = 1_000;

/** The parent of `pid`: from /proc on Linux, else from ps; null if it cannot be told. */
export function parentOf(pid: number): number | null {
  let ppid: number;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]); // after "pid (command) state"
  } catch {
    ppid = Number(spawnSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).stdout?.trim());
  }
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
}

/**
 * Calls `onOrphaned` once, when the process that started this one is gone (this process is handed to
 * another parent). `underWrapper`: this process runs under a wrapper that only relays (tsx, which
 * `npm start` runs as `exec tsx …`): the wrapper survives its own starter's death, so the process that
 * started the wrapper (npm) is watched as well.
 */
export function whenOrphaned(
  onOrphaned: () => void,
  { underWrapper = false, everyMs = WATCH_EVERY_MS } = {},
): () => void {
  const parent = process.ppid;
  const grandparent = underWrapper ? parentOf(parent) : null;
  const timer = setInterval(() => {
    const gone = process.ppid !== parent || (grandparent !== null && grandparent > 1 && !isProcessAlive(grandparent));
    if (!gone) return;
    clearInterval(timer);
    onOrphaned();
  }, everyMs);
  timer.unref(); // watching never keeps a process alive by itself
  return () => clearInterval(timer);
}
