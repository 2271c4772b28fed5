import { defineConfig, devices } from "@playwright/test";
import { PGLITE_PORT, POSTGRES_PORT, POSTGRES_SECOND_PORT } from "./e2e/ports";
import { chromiumPath } from "./server/testing/chromium";

// End-to-end tests drive Debian's Chromium (server/testing/chromium.ts) through the production build served by
// `npm start`: on a fresh embedded database, and on a fresh PostgreSQL database when
// TEST_DATABASE_URL is set. Playwright never downloads a browser here.

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

// Specs that change reference data every page shows (topics) run where no other spec checks the seeded data exactly:
// on the PostgreSQL server beside the specs that need that driver, or, without one, after every other spec.
const GLOBAL_CHANGES = /admin-content\.spec\.ts/;
// Requests without a page: the read API, its comparison endpoint, CSRF refusals and the front server's contract
// with Next. Once, on the embedded database.
const REQUESTS_ONLY = /(api|api-compare|api-records|csrf|front-server)\.spec\.ts/;
// What the driver changes, on PostgreSQL only: several app servers on one database (the embedded database has one
// process), a database that stops answering behind a proxy, email digests on a server of their own, and a smoke set
// of reading and writing through the PostgreSQL server (the tests tagged @smoke). Everything else runs once, on the
// embedded database: the integration tests already run every query and rule on both drivers.
const POSTGRES_ONLY = [/instances\.spec\.ts/, /email-and-outage\.spec\.ts/];
const POSTGRES_SMOKE = [/pages\.spec\.ts/, /contribute\.spec\.ts/, /languages\.spec\.ts/];

// Staff sign in once per server, with a code (each code works once), and the specs reuse their sessions.
const STAFF_SIGN_IN = /staff-sign-in\.setup\.ts/;

const projectUse = (port: number) => ({
  ...devices["Desktop Chrome"],
  baseURL: `http://127.0.0.1:${port}`,
  launchOptions,
});

const pgliteProjects = [
  { name: "pglite-staff-sign-in", use: projectUse(PGLITE_PORT), testMatch: STAFF_SIGN_IN },
  {
    name: "pglite",
    use: projectUse(PGLITE_PORT),
    testIgnore: [GLOBAL_CHANGES, REQUESTS_ONLY, ...POSTGRES_ONLY],
    dependencies: ["pglite-staff-sign-in"],
  },
  { name: "api", use: projectUse(PGLITE_PORT), testMatch: REQUESTS_ONLY },
];

// Without PostgreSQL, the reference data changes once every other spec on the embedded server is done.
const pgliteReferenceData = {
  name: "pglite-reference-data",
  use: projectUse(PGLITE_PORT),
  testMatch: GLOBAL_CHANGES,
  dependencies: ["pglite", "api"],
};

// The smoke set runs first (it checks the seeded data); then the specs of the driver, and the reference data's
// changes, beside the embedded server's specs.
const postgresProjects = [
  { name: "postgres-staff-sign-in", use: projectUse(POSTGRES_PORT), testMatch: STAFF_SIGN_IN },
  { name: "postgres-smoke", use: projectUse(POSTGRES_PORT), testMatch: POSTGRES_SMOKE, grep: /@smoke/ },
  {
    name: "postgres",
    use: projectUse(POSTGRES_PORT),
    testMatch: [...POSTGRES_ONLY, GLOBAL_CHANGES],
    dependencies: ["postgres-staff-sign-in", "postgres-smoke"],
  },
];

// The test harness stands where a reverse proxy would: each visitor's X-Forwarded-For (e2e/fixtures.ts) is
// the address the one trusted proxy saw, so per-address limits count each visitor on its own.
// SITE_URL: the public address that citations and link previews name (not where the tests reach the server).
const serverEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
  TRUST_PROXY: "1",
  SITE_URL: "https://stanceatlas.example",
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Two servers and Chromium share two cores: give lazily loaded parts (map, chart) time to arrive.
  expect: { timeout: 15_000 },
  // Tests that sign up and sign in several accounts (argon2id) share two cores with two servers: a noisy
  // machine must not fail them on time alone.
  timeout: 60_000,
  use: { trace: "on-first-retry", launchOptions },
  // The PostgreSQL projects first: their specs are the longest, and the shorter ones fill in around them.
  projects: withPostgres ? [...postgresProjects, ...pgliteProjects] : [...pgliteProjects, pgliteReferenceData],
  webServer: [
    {
      command:
        "rm -rf .test-data/e2e-pglite && node_modules/.bin/tsx --conditions=react-server e2e/create-accounts.ts && npm start",
      url: `http://127.0.0.1:${PGLITE_PORT}/api/health`,
      env: { ...serverEnv, PORT: String(PGLITE_PORT), DATA_DIR: ".test-data/e2e-pglite" },
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    ...(withPostgres
      ? [
          {
            command: "node_modules/.bin/tsx e2e/serve-postgres.ts",
            url: `http://127.0.0.1:${POSTGRES_PORT}/api/health`,
            env: {
              ...serverEnv,
              PORT: String(POSTGRES_PORT),
              SECOND_PORT: String(POSTGRES_SECOND_PORT),
              DATA_DIR: ".test-data/e2e-postgres",
            },
            timeout: 180_000,
            reuseExistingServer: false,
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
          },
        ]
      : []),
  ],
});
