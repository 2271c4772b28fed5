import { spawnSync } from "node:child_process";
import path from "node:path";
import { databaseConfigFromEnv } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { resolveAuthSecret } from "./auth-secret";
import { describeDatasetLoads } from "./dataset-report";
import { needsBuild } from "./build-state";
import { loadEnv, runCli, withDatabase } from "./run-cli";
import { serverSupervisor } from "./supervise-server";

// `npm start` (production) and `npm run dev`: build if needed, migrate, seed, then serve.
// The database is opened here only long enough to migrate and seed, and closed before the
// server opens it, so the embedded database is never held by two processes.

const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = path.join(root, "node_modules", ".bin", "next");

// Watching from the first moment: killed outright, npm and tsx tell nobody (server/cli/supervise-server.ts).
const supervisor = serverSupervisor();

void runCli(async () => {
  loadEnv(dev);
  const config = databaseConfigFromEnv();
  const base = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? (dev ? "development" : "production") };
  const env = {
    ...base,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    AUTH_SECRET: resolveAuthSecret(base, config.dataDir ?? "./.data"),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  };

  if (!dev && needsBuild(root)) {
    console.log("Building the production bundle (next build)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env });
    if (build.status !== 0) {
      process.exitCode = build.status ?? 1;
      return;
    }
  }

  await withDatabase(async (handle) => {
    await handle.migrate();
    const report = await seedDatabase(handle.db);
    console.log(`Database ready (${handle.kind}, ${handle.location}).`);
    for (const line of describeDatasetLoads(report.dataset)) console.log(line);
  });

  const port = process.env.PORT ?? "3000";
  // Production runs Next behind the front server that answers cached pages itself (server/front/);
  // `npm run dev` runs Next's own dev server. Not at all if npm (or tsx) was killed meanwhile.
  if (dev) supervisor.serve(nextBin, ["dev", "--port", port, ...(process.env.HOST ? ["--hostname", process.env.HOST] : [])], { env });
  else supervisor.serve(process.execPath, ["--import", "tsx", path.join("server", "front", "serve.ts")], { env: { ...env, PORT: port } });
});
