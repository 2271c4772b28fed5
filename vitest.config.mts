import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Test files that change what a whole process shares (the page cache and the database status on globalThis, the
// metrics registry, the log's destination, process.env and the exit code) or that serve Next's own modules run each
// in a fresh process. Every other file only calls the code under test on a database of its own, so one worker runs
// many of them without loading the app's modules again for each (`isolate: false`): a fifth less CPU for the suite.
const OWN_PROCESS = ["server/{front,cache,health,cli}/**/*.test.ts", "app/**/*.test.ts", "server/env.test.ts"];

/** What both projects share. Not inherited from the root (`extends`), which would run the global setup per project. */
const project = (test: NonNullable<ViteUserConfig["test"]>): ViteUserConfig => ({
  resolve: {
    alias: {
      "@": root,
      // Outside Next's react-server build, `server-only` would throw on import; tests are server code.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's own ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    // The server's own log (pino) stays quiet; tests of what it writes give it their own destination.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A loaded 2-core machine can take seconds to deliver a notification; a poll gives up after 15, not 1.
    expect: { poll: { timeout: 15_000 } },
    ...test,
  },
});

export default defineConfig({
  test: {
    // Builds each kind of test database once per run, for both projects; each test file's database is a copy.
    globalSetup: ["server/testing/global-setup.ts"],
    projects: [
      project({ name: "shared", include: ["{db,server,app}/**/*.test.ts"], exclude: OWN_PROCESS, isolate: false }),
      project({ name: "own-process", include: OWN_PROCESS }),
    ],
    // Two cores: a third worker fills the time the others wait on child processes and the database.
    maxWorkers: 3,
  },
});
