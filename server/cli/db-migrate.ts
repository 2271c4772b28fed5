import { loadEnv, runCli, withDatabase } from "./run-cli";

// `npm run db:migrate`: applies the committed migrations to the configured database.
void runCli(async () => {
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    console.log(`Migrated the ${handle.kind} database at ${handle.location}.`);
  });
});
