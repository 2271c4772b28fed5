import { serverDatabase } from "@/db/server-db";
import { isListening } from "@/server/cache/view-invalidations.mjs";
import { probeDatabase, PROBE_TIMEOUT_MS } from "@/server/health/database-status";
import { publicJson } from "@/server/http/responses";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers `select 1` within 1.5 s, else 503: within 2 s either way. On the
 * embedded database a slow answer (busy, e.g. an import) is a 503 here but does not mark the server down.
 * `changes: "unheard"`: this server is not hearing the database's change notifications (its listening
 * connection dropped or went silent): it serves every page afresh, uncached, until it hears them again.
 */
export async function GET() {
  const { db, kind } = serverDatabase();
  return (await probeDatabase(db, PROBE_TIMEOUT_MS, kind))
    ? publicJson({ status: "ok", ...(isListening() ? {} : { changes: "unheard" }) }, { maxAge: 0 })
    : publicJson({ status: "unavailable", error: "The database did not answer." }, { maxAge: 0, status: 503 });
}
