import { seedDatabase } from "@/db/seed";
import { loadEnv, runCli, withDatabase } from "./run-cli";

// `npm run db:seed`: migrates, then loads reference data; demo positions only into an empty database.
void runCli(async () => {
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    const report = await seedDatabase(handle.db);
    console.log(
      `Seeded ${handle.location}: ${report.governments} governments, ${report.topics} topics, ` +
        `${report.events} events, ${report.positions} new demo positions.`,
    );
  });
});
