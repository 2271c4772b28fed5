import { seedDatabase } from "@/server/services/seed";
import { describeDatasetLoads } from "./dataset-report";
import { loadEnv, runCli, withDatabase } from "./run-cli";

// `npm run db:seed`: migrates, then loads reference data and the reference dataset (each file once).
void runCli(async () => {
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    const report = await seedDatabase(handle.db);
    console.log(
      `Seeded ${handle.location}: ${report.governments} governments, ${report.topics} topics, ${report.events} events.`,
    );
    for (const line of describeDatasetLoads(report.dataset)) console.log(line);
    if (report.dataset.some((load) => load.status === "failed")) process.exitCode = 1;
  });
});
