import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeAccount } from "@/server/api/testing";
import { listenForChanges } from "@/server/cache/listen-for-changes";
import { invalidatedSince, isListening } from "@/server/cache/view-invalidations.mjs";
import { publishRelease } from "@/server/services/releases";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { type Database, type DatabaseConfig, type DatabaseKind, openDatabase, queryRows } from "@/db/client";
import { approvedPosition } from "@/db/factories";
import { revisions } from "@/db/schema";
import { seedDatabase } from "@/server/services/seed";
import { createEmptyPostgresDatabase, TEST_DRIVERS } from "@/db/testing";
import { createTestDatabase, createTestDataDir } from "@/server/testing/database";

// Back up, restore into a fresh database, and find the same database: every table's rows, the
// append-only triggers, and the app reading it. On both drivers.

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] =
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`))[0]?.n ?? -1;
  return counts;
}

async function withOpen<T>(config: DatabaseConfig, work: (db: Database) => Promise<T>): Promise<T> {
  const handle = openDatabase(config);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

describe.each(TEST_DRIVERS)("db:backup and db:restore on %s", (kind: DatabaseKind) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-backup-"));
  const file = path.join(dir, "backup.dump");
  const cleanups: (() => Promise<void>)[] = [];
  let source: DatabaseConfig;
  let target: DatabaseConfig;
  let before: Record<string, number>;

  async function freshConfig(label: string): Promise<DatabaseConfig> {
    if (kind === "pglite") return { dataDir: path.join(dir, label) };
    const empty = await createEmptyPostgresDatabase();
    cleanups.push(empty.drop);
    return { databaseUrl: empty.url };
  }

  /** A database with the reference data, copied from the run's template (db-backup.test.ts migrates one on disk). */
  async function seededConfig(): Promise<DatabaseConfig> {
    if (kind === "postgres") {
      const database = await createTestDatabase("postgres", { dataset: false });
      cleanups.push(database.destroy);
      return { databaseUrl: database.url };
    }
    const dataDir = await createTestDataDir({ dataset: false });
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    return { dataDir };
  }

  beforeAll(async () => {
    source = await seededConfig();
    target = await freshConfig("target");
    const handle = openDatabase(source);
    try {
      await handle.migrate();
      await approvedPosition(handle.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn: "2015-03-01" });
      await makeAccount(handle.db, "contributor");
      before = await rowCounts(handle.db);
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("restores into a fresh database with every table's rows, the triggers, and the app reading it", async () => {
    const { bytes } = await backupDatabase(source, file);
    expect(bytes).toBeGreaterThan(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await restoreDatabase(target, file);
    await withOpen(target, async (db) => {
      expect(await rowCounts(db)).toEqual(before);
      expect(before.revisions).toBeGreaterThan(0);
      const [revision] = await db.select({ id: revisions.id }).from(revisions).limit(1);
      await expect(
        db
          .update(revisions)
          .set({ summary: "Rewritten history" })
          .where(eq(revisions.id, revision?.id ?? 0)),
      ).rejects.toThrow();
      const positions = await callerAs(db, null).positions.list({ government: "KEN" });
      expect(positions.map((p) => p.statedOn)).toContain("2015-03-01");
    });
  });

  it("refuses to restore over a database that holds one, unless --force", async () => {
    await expect(restoreDatabase(target, file)).rejects.toThrow(/already holds a database\. Add --force to replace it/);
    await withOpen(target, (db) => makeAccount(db, "contributor")); // a change the restore must undo
    await restoreDatabase(target, file, { force: true });
    await withOpen(target, async (db) => expect(await rowCounts(db)).toEqual(before));
  });

  it("refuses a truncated backup before touching anything, and leaves the live data as it was", async () => {
    await withOpen(target, (db) =>
      publishRelease(
        db,
        { note: "A release the failed restore must keep." },
        null,
        new URL("https://atlas.example.org"),
      ),
    );
    const live = await withOpen(target, rowCounts);
    expect(live.releases).toBe(1);
    const entries = () => (kind === "pglite" ? fs.readdirSync(target.dataDir ?? "").sort() : []);
    const entriesBefore = entries();
    const truncated = path.join(dir, "truncated.dump");
    const whole = fs.readFileSync(file);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restoreDatabase(target, truncated, { force: true })).rejects.toThrow(
      /is damaged or incomplete.*Nothing was changed/s,
    );
    await withOpen(target, async (db) => {
      expect(await rowCounts(db)).toEqual(live);
      expect((await callerAs(db, null).positions.list({ government: "KEN" })).map((p) => p.statedOn)).toContain(
        "2015-03-01",
      );
    });
    expect(entries()).toEqual(entriesBefore); // nothing moved aside, nothing left behind
  });

  it("refuses a file that is not a backup, or one of the other driver", async () => {
    const junk = path.join(dir, "junk.txt");
    fs.writeFileSync(junk, "not a backup at all");
    await expect(restoreDatabase(target, junk)).rejects.toThrow(/is not a Stance Atlas backup/);
    await expect(restoreDatabase(target, path.join(dir, "missing.dump"))).rejects.toThrow(/No backup file/);
    const other = path.join(dir, "other.dump");
    fs.writeFileSync(other, kind === "pglite" ? "PGDMP and the rest" : Buffer.from([0x1f, 0x8b, 0, 0]));
    await expect(restoreDatabase(target, other)).rejects.toThrow(
      kind === "pglite" ? /set DATABASE_URL/ : /unset DATABASE_URL/,
    );
    const notADatabase = path.join(dir, "not-a-database.dump");
    fs.writeFileSync(
      notADatabase,
      kind === "pglite" ? gzipSync("gzipped, whole, and not a database") : "PGDMP, and nothing after",
    );
    await expect(restoreDatabase(target, notADatabase, { force: true })).rejects.toThrow(/is damaged or incomplete/);
  });
});

describe.each(TEST_DRIVERS.filter((kind) => kind === "postgres"))("a restore while servers run, on %s", () => {
  it("makes every running server drop its cached pages, as any change does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-restore-announce-"));
    const empty = await createEmptyPostgresDatabase();
    const live = openDatabase({ databaseUrl: empty.url });
    const stop = listenForChanges(live, () => {}); // what a running server does
    try {
      await live.migrate();
      await seedDatabase(live.db, { dataset: false });
      const file = path.join(dir, "backup.dump");
      await backupDatabase({ databaseUrl: empty.url }, file);
      await expect.poll(() => isListening()).toBe(true);
      const added = Date.now();
      await approvedPosition(live.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn: "2016-04-01" }); // a row the restore removes
      await expect.poll(() => invalidatedSince(["government:KEN"], added)).toBe(true); // its own announcement, heard
      await new Promise((resolve) => setTimeout(resolve, 5));
      const since = Date.now();
      await restoreDatabase({ databaseUrl: empty.url }, file, { force: true });
      await expect.poll(() => invalidatedSince(["government:KEN"], since)).toBe(true);
    } finally {
      await stop();
      await live.close();
      await empty.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
