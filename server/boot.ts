import "server-only";
import { EnvError, readEnv } from "@/server/env";

// What a server process does once, when it starts (instrumentation.ts calls it in Node only). First the
// environment is checked, so a server started without `npm start` (which checks it itself) stops on a bad
// variable with the line naming it. Then the database is opened, so that on the embedded default the server
// holds the data dir's lock from its first moment and a second process (or a CLI command) is refused at
// once instead of on a later request; a server that cannot have it says why and exits non-zero instead of
// serving errors. Then it listens for the changes that drop cached pages, watches for an outage, and, with
// email configured, sends the email digests (server/email/digest-scheduler.ts).

export async function bootServer(): Promise<void> {
  try {
    readEnv();
  } catch (error) {
    if (error instanceof EnvError) stop(error);
    throw error;
  }
  // Loaded once the environment is known good: some of these read it as they load (the log, for one).
  const [{ serverDatabase }, { listenForChanges }, { DataDirBusyError }, { watchDatabase }, { startDigests }] =
    await Promise.all([
      import("@/db/server-db"),
      import("@/server/cache/listen-for-changes"),
      import("@/db/pglite-lock"),
      import("@/server/health/database-status"),
      import("@/server/email/digest-scheduler"),
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
