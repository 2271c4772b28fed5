import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, type DatabaseKind, MEMORY, openDatabase } from "./client";
import { seedReference } from "./seed";

// Real databases for integration tests: an in-memory PGlite, and, when TEST_DATABASE_URL
// points at a PostgreSQL server, a fresh database created there for each test file and
// dropped afterwards. Never a mock.

export const TEST_DRIVERS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export type TestDatabase = DatabaseHandle & { url?: string; destroy(): Promise<void> };

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database on the test PostgreSQL server, and how to drop it: empty (no tables at all), or a
 * copy of the `template` database (which must have no open connections).
 */
export async function createEmptyPostgresDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `stance_atlas_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`create database "${name}"${template ? ` template "${template}"` : ""}`));
  return {
    url: serverUrl(name),
    drop: () => admin(async (c) => void (await c.query(`drop database if exists "${name}" with (force)`))),
  };
}

/**
 * A fresh, migrated database of the given kind, with the reference data (governments, topics,
 * events, blocs, system accounts) unless `seed` says otherwise: `seed: false` leaves it empty, and
 * a function seeds it its own way (server/testing/database.ts adds the reference dataset).
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  opts: { seed?: boolean | ((db: DatabaseHandle["db"]) => Promise<unknown>) } = {},
): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let url: string | undefined;
  let drop = async () => {};
  if (kind === "postgres") {
    const empty = await createEmptyPostgresDatabase();
    url = empty.url;
    handle = openDatabase({ databaseUrl: url });
    drop = empty.drop;
  } else {
    handle = openDatabase({ dataDir: MEMORY });
  }
  await handle.migrate();
  const seed = opts.seed ?? true;
  if (seed) await (seed === true ? seedReference : seed)(handle.db);
  return asTestDatabase(handle, url, drop);
}

/** A handle as a test database: `destroy` closes it, then drops what `drop` drops. */
export function asTestDatabase(
  handle: DatabaseHandle,
  url: string | undefined,
  drop: () => Promise<void>,
): TestDatabase {
  return {
    ...handle,
    url,
    async destroy() {
      await handle.close();
      await drop();
    },
  };
}
