import { sql } from "drizzle-orm";
import { type Database, type DatabaseKind } from "@/db/client";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/server/shared/database-errors";
import { requestContext } from "@/server/shared/request-context";

// Whether the database is answering, as this server last saw it: kept on globalThis because the
// front server and Next's bundle are two copies of this module in one process. Marked down by any
// request that met an unavailable database and by a probe that failed; the mark is only believed for
// RECHECK_AFTER_MS: after that, the next request probes first (one probe at a time, all waiting
// requests share it), so a server recovers with no health poller. On PostgreSQL a poller probes too.
// A slow answer from the embedded database is not an outage: it runs one query at a time, so a long
// import makes `select 1` wait, but the database has not gone anywhere.

type Status = {
  down: boolean;
  checkedAt: number;
  watched?: { db: Database; kind: DatabaseKind };
  recheck?: Promise<boolean>;
};

declare global {
  var stanceAtlasDatabaseStatus: Status | undefined;
}

const status = (): Status => (globalThis.stanceAtlasDatabaseStatus ??= { down: false, checkedAt: 0 });

export const PROBE_TIMEOUT_MS = 1_500;
const PROBE_EVERY_MS = 2_000;
/** How long a "down" mark is believed before a request probes again. */
export const RECHECK_AFTER_MS = 2_000;

export function databaseIsDown(): boolean {
  return status().down;
}

/**
 * Whether a request needing the database should be told it is unavailable: yes while the mark is
 * fresh; once it is older than RECHECK_AFTER_MS, only if a probe (shared by concurrent requests) fails.
 */
export async function databaseStillDown(): Promise<boolean> {
  const current = status();
  if (!current.down) return false;
  const { watched } = current;
  if (!watched || Date.now() - current.checkedAt < RECHECK_AFTER_MS) return true;
  current.recheck ??= probeDatabase(watched.db, PROBE_TIMEOUT_MS, watched.kind).finally(
    () => (current.recheck = undefined),
  );
  await current.recheck;
  return current.down;
}

/**
 * A request met this error. An unavailable database marks the server down (see above); that or a
 * busy one (a statement the database cancelled) marks the request, so a page it fails becomes a 503.
 */
export function noteDatabaseError(error: unknown): void {
  const unavailable = isDatabaseUnavailable(error);
  if (!unavailable && !isDatabaseBusy(error)) return;
  const request = requestContext.getStore();
  if (request) request.metDatabaseFailure = true;
  if (unavailable) Object.assign(status(), { down: true, checkedAt: Date.now() });
}

/**
 * `select 1` within `timeoutMs`; true if it answered in time. Records the outcome, except that on the
 * embedded database a timeout means busy, not gone, and changes nothing.
 */
export async function probeDatabase(
  db: Database,
  timeoutMs = PROBE_TIMEOUT_MS,
  kind: DatabaseKind = "postgres",
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  const answer = db.execute(sql`select 1`).then(
    () => "up" as const,
    () => "error" as const,
  );
  const outcome = await Promise.race([answer, timeout]);
  clearTimeout(timer);
  if (outcome === "timeout" && kind === "pglite") return false;
  Object.assign(status(), { down: outcome !== "up", checkedAt: Date.now() });
  return outcome === "up";
}

/** Lets requests re-check this database when an outage mark is old; on PostgreSQL, also probes every two seconds. */
export function watchDatabase(db: Database, kind: DatabaseKind = "postgres"): () => void {
  const watched = { db, kind };
  status().watched = watched;
  let running = false;
  const timer =
    kind === "postgres"
      ? setInterval(() => {
          if (running) return; // a frozen database: one probe at a time
          running = true;
          void probeDatabase(db, PROBE_TIMEOUT_MS, kind).finally(() => (running = false));
        }, PROBE_EVERY_MS)
      : undefined;
  timer?.unref();
  return () => {
    clearInterval(timer);
    if (status().watched === watched) status().watched = undefined;
  };
}
