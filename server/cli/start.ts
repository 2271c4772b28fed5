import { spawnSync } from "node:child_process";
import path from "node:path";
import { readEnv } from "@/server/env";
import { seedDatabase } from "@/server/services/seed";
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
  const settings = readEnv(); // a bad variable stops `npm start` here, before any build or database (run-cli.ts)
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: settings.NODE_ENV ?? (dev ? "development" : "production"),
  };
  // Next takes any value of NEXT_TELEMETRY_DISABLED, even 0, as "disabled": it is passed on only when true.
  delete base.NEXT_TELEMETRY_DISABLED;
  const env = {
    ...base,
    ...(settings.NEXT_TELEMETRY_DISABLED ? { NEXT_TELEMETRY_DISABLED: "1" } : {}),
    AUTH_SECRET: resolveAuthSecret(base, settings.DATA_DIR),
    PORT: String(settings.PORT),
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

  // Next runs behind the front server (server/front/) in production and under `npm run dev` alike, so
  // development meets the same layer (addresses, request ids, 503s, security headers, cached pages).
  // Not at all if npm (or tsx) was killed meanwhile.
  supervisor.serve(
    process.execPath,
    ["--import", "tsx", path.join("server", "front", "serve.ts"), ...(dev ? ["--dev"] : [])],
    { env },
  );
});
