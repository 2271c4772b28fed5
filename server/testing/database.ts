import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type DatabaseKind, MEMORY, openDatabase } from "@/db/client";
import {
  asTestDatabase,
  createEmptyPostgresDatabase,
  createTestDatabase as createDatabase,
  type TestDatabase,
} from "@/db/testing";
import { seedDatabase } from "@/server/services/seed";
import { templateKindFor } from "./database-templates";

export { TEST_DRIVERS, type TestDatabase } from "@/db/testing";

/** The dump of the run's embedded template for these options, if the run built templates. */
function pgliteTemplateDump(opts: { seed?: boolean; dataset?: boolean }): Blob | undefined {
  const file = inject("databaseTemplates")?.pglite[templateKindFor(opts)];
  return file ? new Blob([fs.readFileSync(file)]) : undefined;
}

/**
 * A fresh, migrated database of the given kind, seeded by default as `npm start` seeds it
 * (reference data and the reference dataset); `dataset: false` leaves out the positions,
 * for tests that make every position they look at; `seed: false` leaves it empty.
 * A copy of the run's template of that kind (database-templates.ts), or built from nothing
 * where the run has no templates.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  opts: { seed?: boolean; dataset?: boolean } = {},
): Promise<TestDatabase> {
  const templates = inject("databaseTemplates");
  const dump = kind === "pglite" ? pgliteTemplateDump(opts) : undefined;
  if (dump) return asTestDatabase(openDatabase({ dataDir: MEMORY, loadDataDir: dump }), undefined, async () => {});
  if (kind === "postgres" && templates?.postgres) {
    const copy = await createEmptyPostgresDatabase(templates.postgres[templateKindFor(opts)]);
    return asTestDatabase(openDatabase({ databaseUrl: copy.url }), copy.url, copy.drop);
  }
  return createDatabase(kind, {
    seed: (opts.seed ?? true) && ((db) => seedDatabase(db, { dataset: opts.dataset ?? true })),
  });
}

/**
 * A new embedded data directory on disk (what `DATA_DIR` names), already holding a copy of the run's template of that
 * kind, as if `npm start` had run there once; the caller removes it. Tests of the commands an operator runs start
 * here rather than from nothing, which would cost each one PGlite's initdb and every migration on disk (db-backup.test.ts
 * keeps the one test that migrates a new data directory from nothing).
 */
export async function createTestDataDir(opts: { seed?: boolean; dataset?: boolean } = {}): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-data-"));
  const loadDataDir = pgliteTemplateDump(opts);
  const handle = openDatabase({ dataDir, loadDataDir });
  try {
    await handle.migrate();
    if (!loadDataDir && (opts.seed ?? true)) await seedDatabase(handle.db, { dataset: opts.dataset ?? true });
  } finally {
    await handle.close();
  }
  return dataDir;
}
