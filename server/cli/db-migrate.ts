import { loadEnv, runIfProgram, withDatabase } from "./run-cli";

// `npm run db:migrate`: applies the committed migrations to the configured database.
export async function dbMigrate(): Promise<void> {
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    console.log(`Migrated the ${handle.kind} database at ${handle.location}.`);
  });
}

runIfProgram(import.meta.url, dbMigrate);
