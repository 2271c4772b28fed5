// Runs once when a server process starts: open the database at boot, so that on the
// embedded default the server holds the data dir's lock from its first moment, and a
// second process (or a CLI command) is refused at once instead of on a later request;
// then listen for the changes that drop cached pages. A server that cannot have its data
// dir (another process holds it) says why and exits non-zero instead of serving errors.
// With email configured, it also sends the email digests (server/email/digest-scheduler.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ serverDatabase }, { listenForChanges }, { DataDirBusyError }, { watchDatabase }, { startDigests }] = await Promise.all([
    import("./db/server-db"),
    import("./server/cache/listen-for-changes"),
    import("./db/pglite-lock"),
    import("./server/health/database-status"),
    import("./server/email/digest-scheduler"),
  ]);
  try {
    const handle = serverDatabase();
    listenForChanges(handle);
    if (handle.kind === "postgres") watchDatabase(handle.db); // so an outage is noticed, and its end
    startDigests(handle.db);
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
}
