import { sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { isDatabaseUnavailable } from "@/server/shared/database-errors";

// Whether the database is answering, as this server last saw it: kept on globalThis because the
// front server and Next's bundle are two copies of this module in one process. Set by a probe every
// two seconds (PostgreSQL only: the embedded database cannot go away) and by any request that met an
// unavailable database; cleared by the next probe that gets an answer, so recovery is automatic.

type Status = { down: boolean; checkedAt: number };

declare global {
  var stanceAtlasDatabaseStatus: Status | undefined;
}

const status = (): Status => (globalThis.stanceAtlasDatabaseStatus ??= { down: false, checkedAt: 0 });

export const PROBE_TIMEOUT_MS = 1_500;
const PROBE_EVERY_MS = 2_000;

export function databaseIsDown(): boolean {
  return status().down;
}

/** A request met this error: if it says the database is unavailable, say so until a probe gets an answer. */
export function noteDatabaseError(error: unknown): void {
  if (isDatabaseUnavailable(error)) status().down = true;
}

/** `select 1` within `timeoutMs`; records the outcome. */
export async function probeDatabase(db: Database, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const answer = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  const up = await Promise.race([answer, timeout]);
  clearTimeout(timer);
  Object.assign(status(), { down: !up, checkedAt: Date.now() });
  return up;
}

/** Probes every two seconds until stopped. */
export function watchDatabase(db: Database): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a frozen database: one probe at a time
    running = true;
    void probeDatabase(db).finally(() => (running = false));
  }, PROBE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
