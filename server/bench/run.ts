import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { seedDatabase } from "@/server/services/seed";
import { LOCALES } from "@/server/i18n/locales";
import { benchDatabase } from "./bench-database";
import { asOfQuery, matrixAsOf, resolveTopics } from "@/server/services/matrix";
import { searchPositions } from "@/server/services/search";
import { type BenchRun, type DriverFigures, type PageFigures, type ServerFigures, type SoakRun } from "./figures";
import { freshness } from "./freshness";
import { databaseVersion, describeMachine } from "./machine";
import { bareServer, load, LOAD_CONNECTIONS, LOAD_SECONDS } from "./page-load";
import { pageViews } from "./page-views";
import { pageWeight } from "./page-weight";
import { previewImages } from "./preview-images";
import { routeJavaScriptKb } from "./route-javascript";
import { BENCH_TOPICS, loadSyntheticPositions } from "./synthetic-data";
import { soak, soakAccounts, SOAK_METRICS_TOKEN, SOAK_SECONDS, WRITES_PER_SECOND } from "./soak";
import { pgliteWriteCost } from "./write-cost";
import { emailDigests } from "./email-digests";
import {
  BENCH_REPORT,
  benchmarkReport,
  digestsSection,
  driverSection,
  SOAK_REPORT,
  soakReport,
  writeReport,
  writesSection,
} from "./write-report";

// `npm run bench`: builds a large synthetic dataset in a throwaway database and prints how
// fast the matrix query and the reader pages are (from the page cache, uncached, and beside a
// bare node:http server), renders per page view, JavaScript per route and, on PostgreSQL,
// freshness across two app servers: on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
// Figures only; nothing here passes or fails. It prints each part as it finishes and writes the
// whole run to docs/benchmarks.md (write-report.ts): the docs' figures are this run's.

const PORT = 3290;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const randomDates = (n: number) =>
  Array.from({ length: n }, (_, i) => `${2005 + ((i * 7) % 20)}-${String(1 + ((i * 5) % 12)).padStart(2, "0")}-15`);

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** A common word, a phrase, a name with a word, and a word left out: each searched 11 times, the median kept. */
const SEARCHES = ["cybercrime", '"multistakeholder model"', "Russia vote", "ITU -WCIT"];

async function measureSearch(handle: DatabaseHandle) {
  const figures = [];
  for (const q of SEARCHES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 11; i++) {
      const [ms, answer] = await time(() => searchPositions(handle.db, { q }));
      times.push(ms);
      total = answer.total;
    }
    figures.push({ q, total, ms: median(times) });
  }
  return figures;
}

async function measureQueries(handle: DatabaseHandle) {
  const count = await loadSyntheticPositions(handle.db);
  const slugs = (await resolveTopics(handle.db)).map((t) => t.slug);
  const queryTimes: number[] = [];
  const serviceTimes: number[] = [];
  for (const at of randomDates(20)) {
    queryTimes.push((await time(() => queryRows(handle.db, asOfQuery(at, slugs))))[0]);
    serviceTimes.push((await time(() => matrixAsOf(handle.db, { at })))[0]);
  }
  const search = await measureSearch(handle);
  const plan = await queryRows<Record<string, string>>(
    handle.db,
    sql`explain analyze ${asOfQuery("2014-06-30", slugs)}`,
  );
  return {
    count,
    query: median(queryTimes),
    service: median(serviceTimes),
    search,
    plan: plan.map((r) => Object.values(r)[0]).join("\n"),
  };
}

const COMPARE = "/compare?governments=RUS,USA,BRA,IND&at=2019-12-28";
// Camps and search are reader pages like the others: served from the page cache.
// The Arabic matrix beside the English one: a language's page should cost what an English one does.
const PAGES = [
  "/matrix",
  "/ar/matrix",
  "/zh/matrix",
  "/matrix?at=2013-05-17",
  "/topics/un-cybercrime-treaty",
  "/governments/RUS",
  COMPARE,
  `/zh${COMPARE}`,
  "/camps?at=2019-12-28",
  "/search?q=cybercrime",
];
const VIEWED = ["/", "/matrix", "/changes", "/governments/RUS"];

async function startServer(env: Record<string, string>, port = PORT): Promise<() => Promise<void>> {
  const server = spawn("npm", ["start"], {
    env: { ...process.env, ...env, PORT: String(port) },
    detached: true,
    stdio: "ignore",
  });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return async () => {
    const exited = new Promise((r) => server.once("exit", r));
    process.kill(-(server.pid ?? 0), "SIGTERM");
    await exited;
    // npm exits before the server it started: wait until the whole group has gone (and with it the data dir's lock).
    while (groupAlive(server.pid ?? 0)) await new Promise((r) => setTimeout(r, 100));
  };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function measureApi(base: string) {
  const apiTimes: number[] = [];
  let apiBytes = 0;
  for (const at of randomDates(20)) {
    const [ms, body] = await time(async () => (await fetch(`${base}/api/v1/matrix?at=${at}`)).arrayBuffer());
    apiTimes.push(ms);
    apiBytes = body.byteLength;
  }
  return {
    api: median(apiTimes),
    apiKb: apiBytes / 1024,
    apiGzipKb:
      gzipSync(Buffer.from(await (await fetch(`${base}/api/v1/matrix?at=2014-06-30`)).arrayBuffer())).length / 1024,
  };
}

/**
 * Each page from the cache, beside a bare node:http server sending the same bytes; and both at
 * half the cached maximum rate (the bare server's spread there is the floor of what the load
 * generator can see).
 */
async function measureCachedPages(base: string): Promise<PageFigures[]> {
  const figures: PageFigures[] = [];
  for (const path of PAGES) {
    await fetch(`${base}${path}`); // the render that fills the cache
    const bytes = Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer());
    const bare = await bareServer(bytes);
    try {
      const bareFigures = await load(bare.url);
      const cached = await load(`${base}${path}`);
      const rate = Math.max(1, Math.floor(cached.rps / 2));
      const halfRate = await load(`${base}${path}`, { rate });
      const bareHalfRate = await load(bare.url, { rate });
      figures.push({ path, kb: bytes.length / 1024, bare: bareFigures, cached, halfRate, bareHalfRate });
    } finally {
      await bare.close();
    }
  }
  return figures;
}

/** HTML and payload: the matrix (default, and the 195 × 8), the home page, a comparison of four, a bloc, embeds and /data. */
async function measureWeights(base: string) {
  const topics = ((await (await fetch(`${base}/api/v1/topics`)).json()) as { slug: string }[])
    .slice(0, 8)
    .map((t) => t.slug);
  return Promise.all(
    [
      "/matrix",
      `/matrix?topics=${topics.join(",")}`,
      "/",
      COMPARE,
      "/blocs/eu",
      "/topics/un-cybercrime-treaty",
      "/embed/topics/un-cybercrime-treaty",
      "/embed/matrix?at=2019-12-28",
      "/embed/governments/RUS",
      "/data",
    ].map((path) => pageWeight(base, path)),
  );
}

async function measureUncachedPages(base: string, pages: PageFigures[]) {
  for (const page of pages) page.uncached = await load(`${base}${page.path}`);
}

/** The cached matrix in each language, gzip as browsers ask (uncompressed, the load generator's UTF-8 decoding of Arabic and Chinese bodies would be measured, not the server). */
async function cachedMatrixPerLanguage(base: string): Promise<ServerFigures["languages"]> {
  const figures: ServerFigures["languages"] = [];
  for (const path of ["/matrix", ...LOCALES.filter((l) => l !== "en").map((l) => `/${l}/matrix`)]) {
    await load(`${base}${path}`, { seconds: 2, headers: { "accept-encoding": "gzip" } }); // warm the cache
    figures.push({ path, rps: (await load(`${base}${path}`, { headers: { "accept-encoding": "gzip" } })).rps });
  }
  return figures;
}

async function measureServers(cachedEnv: Record<string, string>): Promise<ServerFigures> {
  const base = `http://127.0.0.1:${PORT}`;
  let stop = await startServer(cachedEnv);
  let cachedPart;
  try {
    cachedPart = {
      ...(await measureApi(base)),
      pages: await measureCachedPages(base),
      weights: await measureWeights(base),
      views: await pageViews(base, VIEWED),
      pictures: await previewImages(base),
      languages: await cachedMatrixPerLanguage(base),
      javascript: await Promise.all(
        [
          "/matrix",
          "/ar/matrix",
          "/zh/matrix",
          "/topics/un-cybercrime-treaty",
          "/governments/RUS",
          "/changes",
          "/compare",
          "/blocs/eu",
        ].map(async (path) => ({ path, kb: await routeJavaScriptKb(base, path) })),
      ),
    };
  } finally {
    await stop();
  }
  stop = await startServer({ ...cachedEnv, VIEW_CACHE_MAX_MB: "0" });
  try {
    await measureUncachedPages(base, cachedPart.pages);
  } finally {
    await stop();
  }
  return cachedPart;
}

async function benchPglite(): Promise<DriverFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bench-"));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
  try {
    let handle = openDatabase({ dataDir });
    await handle.migrate();
    await seedDatabase(handle.db);
    const version = await databaseVersion(handle.db);
    await handle.close();
    const reference = await measureServers(env);
    handle = openDatabase({ dataDir });
    const queries = await measureQueries(handle);
    await handle.close();
    return { driver: "PGlite", version, ...queries, reference, synthetic: await measureServers(env), freshness: null };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<DriverFigures> {
  const database = await benchDatabase("postgres");
  try {
    const env = { DATABASE_URL: database.url ?? "", AUTH_SECRET: "bench-only-secret-bench-only-secret" };
    const version = await databaseVersion(database.db);
    const reference = await measureServers(env);
    const queries = await measureQueries(database);
    const synthetic = await measureServers(env);
    // Two app servers on one database: an approval must reach both.
    const stops = await Promise.all([startServer(env, PORT), startServer(env, PORT + 1)]);
    try {
      const figures = await freshness(database.db, [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT + 1}`]);
      return { driver: "PostgreSQL", version, ...queries, reference, synthetic, freshness: figures };
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
  } finally {
    await database.destroy();
  }
}

async function soakOn(driver: DriverFigures["driver"]): Promise<SoakRun["drivers"][number]> {
  const base = `http://127.0.0.1:${PORT}`;
  const pg = driver === "PostgreSQL" ? await benchDatabase("postgres") : null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-soak-"));
  const env: Record<string, string> = {
    ...(pg
      ? { DATABASE_URL: pg.url ?? "", AUTH_SECRET: "bench-only-secret-bench-only-secret" }
      : { DATA_DIR: dataDir, DATABASE_URL: "" }),
    METRICS_TOKEN: SOAK_METRICS_TOKEN,
  };
  try {
    const handle = pg ?? openDatabase({ dataDir });
    if (!pg) {
      await handle.migrate();
      await seedDatabase(handle.db);
    }
    const version = await databaseVersion(handle.db);
    const emails = await soakAccounts(handle.db);
    if (!pg) await handle.close();
    const stop = await startServer(env);
    try {
      return { driver, version, ...(await soak(base, emails)) };
    } finally {
      await stop();
    }
  } finally {
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function soakRun() {
  const drivers = [await soakOn("PGlite")];
  if (process.env.TEST_DATABASE_URL) drivers.push(await soakOn("PostgreSQL"));
  const markdown = soakReport({
    date: new Date().toISOString(),
    machine: describeMachine(),
    seconds: SOAK_SECONDS,
    writesPerSecond: WRITES_PER_SECOND,
    drivers,
  });
  console.log(markdown);
  writeReport(SOAK_REPORT, markdown);
  console.log(`Written to ${SOAK_REPORT}.`);
}

async function main() {
  if (process.argv.includes("--soak")) return soakRun();
  // Each part is printed as soon as it is measured; the file is written once the run is whole.
  const writes = await pgliteWriteCost();
  console.log(writesSection(writes));
  const digests = await emailDigests();
  console.log(digestsSection(digests));
  const pglite = await benchPglite();
  console.log(driverSection(pglite, BENCH_TOPICS));
  const drivers = [pglite];
  if (process.env.TEST_DATABASE_URL) {
    const postgres = await benchPostgres();
    console.log(driverSection(postgres, BENCH_TOPICS));
    drivers.push(postgres);
  } else console.log("\n(Set TEST_DATABASE_URL to benchmark PostgreSQL too.)");
  const run: BenchRun = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    load: { connections: LOAD_CONNECTIONS, seconds: LOAD_SECONDS },
    topics: BENCH_TOPICS,
    writes,
    digests,
    drivers,
  };
  writeReport(BENCH_REPORT, benchmarkReport(run));
  console.log(`\nWritten to ${BENCH_REPORT}.`);
}

void main();
