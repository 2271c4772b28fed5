// Runs once when a server process starts: open the database at boot, so that on the
// embedded default the server holds the data dir's lock from its first moment, and a
// second process (or a CLI command) is refused at once instead of on a later request;
// then listen for the changes that drop cached pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ serverDatabase }, { listenForChanges }] = await Promise.all([import("./db/server-db"), import("./server/cache/listen-for-changes")]);
  listenForChanges(serverDatabase());
}
