import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside Next's react-server build, `server-only` would throw on import; tests are server code.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{db,server,app}/**/*.test.ts"],
    environment: "node",
    // Builds each kind of test database once per run; each test file's database is a copy.
    globalSetup: ["server/testing/global-setup.ts"],
    // next-auth imports "next/server" without an extension, which Node's own ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    // The server's own log (pino) stays quiet; tests of what it writes give it their own destination.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A loaded 2-core machine can take seconds to deliver a notification; a poll gives up after 15, not 1.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: a third worker fills the time the others wait on child processes and the database.
    maxWorkers: 3,
  },
});
