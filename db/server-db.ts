import "server-only";
import { type DatabaseHandle, databaseConfigFromEnv, openDatabase } from "./client";

// The app server's one database handle. Cached on globalThis so that `next dev`
// reloading modules never opens a second PGlite instance on the same data dir.
declare global {
  var stanceAtlasDb: DatabaseHandle | undefined;
}

export function serverDatabase(): DatabaseHandle {
  globalThis.stanceAtlasDb ??= openDatabase(databaseConfigFromEnv());
  return globalThis.stanceAtlasDb;
}

export const db = () => serverDatabase().db;
