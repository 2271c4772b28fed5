import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type SQL } from "drizzle-orm";
import { type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { type Env, readEnv } from "@/server/env";
import { walSyncer } from "./pglite-durability";
import { acquireDataDirLock } from "./pglite-lock";
import { makePrivate } from "./private-files";
import * as schema from "./schema";

// One schema, two drivers: embedded PGlite (default) or PostgreSQL when DATABASE_URL is set.

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseKind = "pglite" | "postgres";

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, for messages: a directory or a redacted URL. */
  location: string;
  /** Applies the committed drizzle-kit migrations that have not run yet. */
  migrate(): Promise<void>;
  /**
   * Calls `onNotify` with each payload sent on `channel` (LISTEN/NOTIFY). On PostgreSQL this holds a
   * connection of its own; `onLost` is called once if it drops (notifications may then have been missed).
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onLost: (error: Error) => void,
  ): Promise<() => Promise<void>>;
  /** PostgreSQL only: the pool's connections (for /api/metrics). */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /**
   * Makes committed writes survive a power cut: the embedded database fsyncs its log (db/pglite-durability.ts);
   * PostgreSQL does this itself at every commit, so it has nothing to do. Awaited before a write is acknowledged.
   */
  flush(): Promise<void>;
  /** The embedded database only: its whole data directory as a gzipped tar (PGlite's own dump). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

/** dataDir value for a throwaway in-memory PGlite database (tests, benchmarks). */
export const MEMORY = "memory://";

/** `loadDataDir`: an embedded database's dump to start a new data directory from (db:restore). */
export type DatabaseConfig = { databaseUrl?: string; dataDir?: string; loadDataDir?: Blob };

export function databaseConfigFromEnv(env: Pick<Env, "DATABASE_URL" | "DATA_DIR"> = readEnv()): DatabaseConfig {
  return { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR };
}

const migrationsFolder = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

// Several app servers may start at once on one PostgreSQL: they take turns migrating.
async function migratePostgres(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('stance-atlas:migrate'))");
    await migratePg(drizzlePg(client), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.end(); // ending the session releases the advisory lock
  }
}

async function listenPostgres(
  databaseUrl: string,
  channel: string,
  onNotify: (payload: string) => void,
  onLost: (error: Error) => void,
) {
  const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
  let lost = false;
  const lose = (error: Error) => {
    if (lost) return;
    lost = true;
    void client.end().catch(() => {});
    onLost(error);
  };
  client.on("notification", (message) => {
    if (message.channel === channel) onNotify(message.payload ?? "");
  });
  client.on("error", lose);
  client.on("end", () => lose(new Error("the listening connection ended")));
  try {
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  } catch (error) {
    lost = true; // the caller is told by the rejection, not by onLost as well
    await client.end().catch(() => {});
    throw error;
  }
  return async () => {
    lost = true;
    await client.end();
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  const { databaseUrl } = config;
  if (databaseUrl) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: readEnv().DATABASE_POOL_MAX,
      // A database that stops answering must not hang requests: a connection is had within 3 s and a
      // query answered within 4 s, or the caller gets an error (a 503), and the pool moves on.
      connectionTimeoutMillis: 3_000,
      query_timeout: 4_000,
      // ... and before that, the database itself cancels a statement that waits for a lock or runs
      // too long: cancelled, it changed nothing (the 503 says so truly), where a query the app merely
      // stopped waiting for would still run later. A lock wait is "busy" (55P03/57014), not an outage.
      lock_timeout: 3_000,
      statement_timeout: 3_500,
      keepAlive: true,
    });
    // An idle connection dropped by the server (restart, failover, admin command) must not
    // crash the process; the pool replaces it on the next query.
    pool.on("error", (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
    return {
      db: drizzlePg(pool, { schema }),
      kind: "postgres",
      location: redact(databaseUrl),
      migrate: () => migratePostgres(databaseUrl),
      listen: (channel, onNotify, onLost) => listenPostgres(databaseUrl, channel, onNotify, onLost),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      flush: async () => {},
      close: () => pool.end(),
    };
  }
  if (config.dataDir === MEMORY)
    return pgliteHandle(
      new PGlite(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      MEMORY,
      () => 0,
      () => {},
    );
  const dataDir = path.resolve(/*turbopackIgnore: true*/ config.dataDir ?? "./.data");
  makePrivate(dataDir);
  const release = acquireDataDirLock(dataDir);
  const syncWal = walSyncer(path.join(dataDir, "pg"));
  return pgliteHandle(
    new PGlite(path.join(dataDir, "pg"), config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    dataDir,
    syncWal,
    () => {
      makePrivate(dataDir); // the files PGlite made while open
      release();
    },
  );
}

function pgliteHandle(client: PGlite, location: string, syncWal: () => number, release: () => void): DatabaseHandle {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: "pglite",
    location,
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    listen: async (channel, onNotify) => {
      const unsubscribe = await client.listen(channel, onNotify);
      return () => unsubscribe();
    },
    flush: async () => {
      await client.waitReady;
      syncWal();
    },
    dumpDataDir: async () => {
      await client.waitReady;
      return client.dumpDataDir("gzip");
    },
    close: async () => {
      await client.close();
      if (location !== MEMORY) syncWal();
      release();
    },
  };
}

/** Rows of a raw SQL query; both drivers answer `execute` with `{ rows }`. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows))
    return result.rows as T[];
  throw new Error("The database driver answered without rows");
}
