import fs from "node:fs";
import path from "node:path";
import { type DatabaseHandle, MEMORY, openDatabase } from "@/db/client";
import { seedReference } from "@/db/seed";
import { createEmptyPostgresDatabase } from "@/db/testing";
import { seedDatabase } from "@/server/services/seed";

// Every integration test file starts from a fresh database. Migrating and seeding one costs
// seconds (PGlite runs initdb and nineteen migrations in WebAssembly), so the run does it once
// per kind of start: the test setup (global-setup.ts) builds each as a template, and a test's
// database is a copy: PGlite loads a dump of the template, PostgreSQL creates the database
// `TEMPLATE` it. The copy is the same database a fresh one would be, made in a fraction of the time.

/** What a test database holds when it starts: nothing but the schema, the reference data, or that and the dataset. */
export const TEMPLATE_KINDS = ["empty", "reference", "full"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export type DatabaseTemplates = {
  /** A dump file of each kind's embedded database. */
  pglite: Record<TemplateKind, string>;
  /** The name of each kind's template database on the test PostgreSQL server, when there is one. */
  postgres?: Record<TemplateKind, string>;
};

async function seedFor(kind: TemplateKind, handle: DatabaseHandle): Promise<void> {
  if (kind === "reference") await seedReference(handle.db);
  if (kind === "full") await seedDatabase(handle.db);
}

/** Builds each kind once on PGlite, each step from the one before (migrations run once), and dumps it to `dir`. */
async function buildPgliteTemplates(dir: string): Promise<Record<TemplateKind, string>> {
  const handle = openDatabase({ dataDir: MEMORY });
  const files = {} as Record<TemplateKind, string>;
  try {
    await handle.migrate();
    for (const kind of TEMPLATE_KINDS) {
      await seedFor(kind, handle);
      const file = path.join(dir, `${kind}.tar.gz`);
      const dump = await handle.dumpDataDir?.();
      if (!dump) throw new Error("PGlite gave no dump of its data directory.");
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      files[kind] = file;
    }
  } finally {
    await handle.close();
  }
  return files;
}

/** Builds each kind as a database of its own on the test PostgreSQL server; `drop` removes them all. */
async function buildPostgresTemplates(): Promise<{ names: Record<TemplateKind, string>; drop(): Promise<void> }> {
  const names = {} as Record<TemplateKind, string>;
  const drops: (() => Promise<void>)[] = [];
  for (const kind of TEMPLATE_KINDS) {
    const empty = await createEmptyPostgresDatabase();
    drops.push(empty.drop);
    const handle = openDatabase({ databaseUrl: empty.url });
    try {
      await handle.migrate();
      await seedFor(kind, handle);
    } finally {
      await handle.close(); // a template must have no connections while it is copied
    }
    names[kind] = new URL(empty.url).pathname.slice(1);
  }
  return { names, drop: async () => void (await Promise.all(drops.map((drop) => drop()))) };
}

export async function buildDatabaseTemplates(
  dir: string,
  withPostgres: boolean,
): Promise<{ templates: DatabaseTemplates; drop(): Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true });
  // One after the other: PGlite runs on this process's thread, and a long statement of its (a dataset file's
  // positions with their search documents) would hold up the PostgreSQL client's replies past its query timeout.
  const pglite = await buildPgliteTemplates(dir);
  const postgres = withPostgres ? await buildPostgresTemplates() : undefined;
  return {
    templates: { pglite, postgres: postgres?.names },
    drop: async () => {
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Which template a test database with these options starts from. */
export function templateKindFor(opts: { seed?: boolean; dataset?: boolean }): TemplateKind {
  if (opts.seed === false) return "empty";
  return opts.dataset === false ? "reference" : "full";
}
