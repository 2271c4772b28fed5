import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { type DatabaseConfig, openDatabase, queryRows } from "./client";
import { acquireDataDirLock } from "./pglite-lock";

// Backups of either database, in the form each driver makes best:
// - the embedded database (PGlite): its own dump of the whole data directory, a gzipped tar
//   (taken by the one process that may open it, so the server must be stopped);
// - PostgreSQL: `pg_dump --format=custom`, a consistent snapshot taken while the servers run,
//   restored with `pg_restore` in one transaction.
// A restore refuses to replace a database that holds data unless told to (`force`).

export type BackupFormat = "pglite" | "postgres";

/** Which kind of backup a file is, by its first bytes: gzip (PGlite's dump) or pg_dump's "PGDMP". */
export function backupFormatOf(file: string): BackupFormat | null {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  if (head.toString("latin1") === "PGDMP") return "postgres";
  return null;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new NotFoundError(
              `${command} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`,
            )
          : error,
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

/** Writes a backup of the configured database to `file` (made private to this user); returns its kind and size. */
export async function backupDatabase(
  config: DatabaseConfig,
  file: string,
): Promise<{ format: BackupFormat; bytes: number }> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (config.databaseUrl) {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${target}`, config.databaseUrl]);
  } else {
    const handle = openDatabase(config);
    try {
      const dump = await handle.dumpDataDir?.();
      if (!dump) throw new Error("This database cannot dump its data directory.");
      fs.writeFileSync(target, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    } finally {
      await handle.close();
    }
  }
  fs.chmodSync(target, 0o600);
  return { format: config.databaseUrl ? "postgres" : "pglite", bytes: fs.statSync(target).size };
}

/**
 * Reads the whole backup before anything is touched, so a truncated or damaged file is refused while the
 * live database is still in place: an embedded dump is unzipped whole (gzip checks its length and CRC;
 * PGlite would crash the process on a truncated one) and opened as a throwaway in-memory database; a
 * pg_dump archive is read to the end by pg_restore, writing nowhere.
 */
async function checkWhole(file: string, format: BackupFormat): Promise<Blob | null> {
  const damaged = (error: unknown) =>
    new ConflictError(
      `${file} is damaged or incomplete (${error instanceof Error ? error.message.split("\n")[0] : String(error)}). Nothing was changed.`,
    );
  if (format === "postgres") {
    await run("pg_restore", ["--file=/dev/null", file]).catch((error: unknown) => {
      throw error instanceof NotFoundError ? error : damaged(error);
    });
    return null;
  }
  const bytes = fs.readFileSync(file);
  try {
    gunzipSync(bytes);
  } catch (error) {
    throw damaged(error);
  }
  const dump = new Blob([bytes]);
  const scratch = new PGlite({ loadDataDir: dump });
  try {
    await scratch.query("select 1 from drizzle.__drizzle_migrations limit 1");
  } catch (error) {
    throw damaged(error);
  } finally {
    await scratch.close().catch(() => {});
  }
  return dump;
}

/** Opens the restored database once to bring its schema up to date (a backup may predate a migration). */
async function migrated(config: DatabaseConfig): Promise<void> {
  const handle = openDatabase(config);
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
}

async function postgresHoldsTables(databaseUrl: string): Promise<boolean> {
  const handle = openDatabase({ databaseUrl });
  try {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    return (row?.n ?? 0) > 0;
  } finally {
    await handle.close();
  }
}

/**
 * Restores `file` into the configured database, then applies any newer migrations. Refuses (ConflictError)
 * a database that already holds one unless `force`; with `force`, an embedded data directory is kept beside
 * the new one (`pg.replaced-<time>`), and PostgreSQL's tables are dropped and restored in one transaction.
 */
export async function restoreDatabase(
  config: DatabaseConfig,
  file: string,
  opts: { force?: boolean } = {},
): Promise<{ format: BackupFormat }> {
  if (!fs.existsSync(file)) throw new NotFoundError(`No backup file at ${file}.`);
  const format = backupFormatOf(file);
  const expected: BackupFormat = config.databaseUrl ? "postgres" : "pglite";
  if (format === null)
    throw new ConflictError(
      `${file} is not a Stance Atlas backup (neither an embedded database's dump nor pg_dump's custom format).`,
    );
  if (format !== expected) {
    throw new ConflictError(
      format === "postgres"
        ? `${file} is a PostgreSQL backup: set DATABASE_URL to restore it into PostgreSQL.`
        : `${file} is an embedded database's backup: unset DATABASE_URL to restore it into DATA_DIR.`,
    );
  }
  const refuse = (where: string) =>
    new ConflictError(
      `${where} already holds a database. Add --force to replace it (the old one is ${config.databaseUrl ? "dropped" : "kept beside it"}).`,
    );
  if (config.databaseUrl) {
    const holds = await postgresHoldsTables(config.databaseUrl);
    if (holds && !opts.force) throw refuse("The PostgreSQL database");
    await checkWhole(file, format);
    // One transaction: if pg_restore fails anyway, the database is as it was.
    await run("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      ...(holds ? ["--clean", "--if-exists"] : []),
      `--dbname=${config.databaseUrl}`,
      file,
    ]);
    await migrated(config);
    await announceEverythingChanged(config.databaseUrl);
    return { format };
  }
  const dataDir = path.resolve(config.dataDir ?? "./.data");
  const release = acquireDataDirLock(dataDir); // held throughout: the server must not have it open
  try {
    const pgDir = path.join(dataDir, "pg");
    const holds = fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0;
    if (holds && !opts.force) throw refuse(`The data directory ${dataDir}`);
    const dump = await checkWhole(file, format);
    const replaced = path.join(dataDir, `pg.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
    if (holds) fs.renameSync(pgDir, replaced);
    try {
      await migrated({ dataDir, loadDataDir: dump ?? undefined });
    } catch (error) {
      // Put the live database back, as if the restore had never started.
      fs.rmSync(pgDir, { recursive: true, force: true });
      if (holds) fs.renameSync(replaced, pgDir);
      throw error;
    }
  } finally {
    release();
  }
  return { format };
}

/**
 * Running servers cache pages of the rows a restore replaced: announce that everything changed, as any
 * write announces what it changed (migration 0008), so they drop every cached page and read.
 */
async function announceEverythingChanged(databaseUrl: string): Promise<void> {
  const handle = openDatabase({ databaseUrl });
  try {
    await handle.db.execute(sql`select announce_views_changed('{"all":true}')`);
  } finally {
    await handle.close();
  }
}
