import { type Instrumentation } from "next";

// Runs once when a server process starts: open the database at boot, so that on the
// embedded default the server holds the data dir's lock from its first moment, and a
// second process (or a CLI command) is refused at once instead of on a later request;
// then listen for the changes that drop cached pages. A server that cannot have its data
// dir (another process holds it) says why and exits non-zero instead of serving errors.
// With email configured, it also sends the email digests (server/email/digest-scheduler.ts).
// First of all, the environment is checked (server/env.ts), before the modules that read it load: a
// server started without `npm start` (which checks it itself) stops on a bad variable with the line naming it.
// NEXT_RUNTIME is not configuration: Next sets it per bundle and replaces it at build time, which keeps
// the Node-only imports below out of an edge bundle, so it stays a plain `process.env` read.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv, EnvError } = await import("./server/env");
  try {
    readEnv();
  } catch (error) {
    if (error instanceof EnvError) stop(error);
    throw error;
  }
  const [{ serverDatabase }, { listenForChanges }, { DataDirBusyError }, { watchDatabase }, { startDigests }] =
    await Promise.all([
      import("./db/server-db"),
      import("./server/cache/listen-for-changes"),
      import("./db/pglite-lock"),
      import("./server/health/database-status"),
      import("./server/email/digest-scheduler"),
    ]);
  try {
    const handle = serverDatabase();
    listenForChanges(handle);
    watchDatabase(handle.db, handle.kind); // so an outage is noticed, and its end
    startDigests(handle.db);
  } catch (error) {
    if (error instanceof DataDirBusyError) stop(error);
    throw error;
  }
}

function stop(error: Error): never {
  console.error(`Error: ${error.message}`);
  process.exit(1);
}

/**
 * Next calls this when a render, route or action throws. One that met an unavailable (or busy) database
 * is noted, so that the front server answers the page's 500 as the 503 "briefly unavailable" page
 * (server/front/unavailable.ts), as the API and tRPC do.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME && process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("./server/health/database-status");
  noteDatabaseError(error);
};
