import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase } from "@/db/testing";
import { asOfQuery, matrixAsOf, resolveTopics } from "@/server/services/matrix";
import { freshness, type FreshnessFigures } from "./freshness";
import { bareServer, load, LOAD_SECONDS, type LoadFigures } from "./page-load";
import { pageViews } from "./page-views";
import { pageWeight } from "./page-weight";
import { previewImages } from "./preview-images";
import { routeJavaScriptKb } from "./route-javascript";
import { loadSyntheticPositions } from "./synthetic-data";
import { soak, soakAccounts, SOAK_METRICS_TOKEN, SOAK_SECONDS } from "./soak";
import { pgliteWriteCost } from "./write-cost";
import { emailDigests } from "./email-digests";

// `npm run bench`: builds a large synthetic dataset in a throwaway database and prints how
// fast the matrix query and the reader pages are (from the page cache, uncached, and beside a
// bare node:http server), renders per page view, JavaScript per route and, on PostgreSQL,
// freshness across two app servers: on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
// Figures only; nothing here passes or fails.

const PORT = 3290;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const randomDates = (n: number) =>
  Array.from({ length: n }, (_, i) => `${2005 + ((i * 7) % 20)}-${String(1 + ((i * 5) % 12)).padStart(2, "0")}-15`);

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
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
  const plan = await queryRows<Record<string, string>>(handle.db, sql`explain analyze ${asOfQuery("2014-06-30", slugs)}`);
  return { count, query: median(queryTimes), service: median(serviceTimes), plan: plan.map((r) => Object.values(r)[0]).join("\n") };
}

const COMPARE = "/compare?governments=RUS,USA,BRA,IND&at=2019-12-28";
const PAGES = ["/matrix", "/matrix?at=2013-05-17", "/topics/un-cybercrime-treaty", "/governments/RUS", COMPARE];
const VIEWED = ["/", "/matrix", "/changes", "/governments/RUS"];

async function startServer(env: Record<string, string>, port = PORT): Promise<() => Promise<void>> {
  const server = spawn("npm", ["start"], { env: { ...process.env, ...env, PORT: String(port) }, detached: true, stdio: "ignore" });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
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
    apiGzipKb: gzipSync(Buffer.from(await (await fetch(`${base}/api/v1/matrix?at=2014-06-30`)).arrayBuffer())).length / 1024,
  };
}

type PageFigures = { path: string; kb: number; bare: LoadFigures; cached: LoadFigures; halfRate: LoadFigures; bareHalfRate: LoadFigures; uncached?: LoadFigures };

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

/** HTML and payload: the matrix (default, and the issue's 195 × 8), the home page, a comparison of four, a bloc, embeds and /data. */
async function measureWeights(base: string) {
  const topics = ((await (await fetch(`${base}/api/v1/topics`)).json()) as { slug: string }[]).slice(0, 8).map((t) => t.slug);
  return Promise.all(["/matrix", `/matrix?topics=${topics.join(",")}`, "/", COMPARE, "/blocs/eu", "/topics/un-cybercrime-treaty", "/embed/topics/un-cybercrime-treaty", "/embed/matrix?at=2019-12-28", "/embed/governments/RUS", "/data"].map((path) =>
      pageWeight(base, path),
    ),);
}

async function measureUncachedPages(base: string, pages: PageFigures[]) {
  for (const page of pages) page.uncached = await load(`${base}${page.path}`);
}

async function measureServers(cachedEnv: Record<string, string>) {
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
      javascript: await Promise.all(["/matrix", "/topics/un-cybercrime-treaty", "/governments/RUS", "/changes", "/compare", "/blocs/eu"].map(async (path) => ({ path, kb: await routeJavaScriptKb(base, path) }))),
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

async function benchPglite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bench-"));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
  try {
    let handle = openDatabase({ dataDir });
    await handle.migrate();
    await seedDatabase(handle.db);
    await handle.close();
    const reference = await measureServers(env);
    handle = openDatabase({ dataDir });
    const queries = await measureQueries(handle);
    await handle.close();
    return { ...queries, reference, synthetic: await measureServers(env), freshness: null as FreshnessFigures | null };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const database = await createTestDatabase("postgres");
  try {
    const env = { DATABASE_URL: database.url ?? "", AUTH_SECRET: "bench-only-secret-bench-only-secret" };
    const reference = await measureServers(env);
    const queries = await measureQueries(database);
    const synthetic = await measureServers(env);
    // Two app servers on one database: an approval must reach both.
    const stops = await Promise.all([startServer(env, PORT), startServer(env, PORT + 1)]);
    try {
      const figures = await freshness(database.db, [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT + 1}`]);
      return { ...queries, reference, synthetic, freshness: figures };
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
  } finally {
    await database.destroy();
  }
}

const fmt = (f: LoadFigures) => `${f.rps.toFixed(1).padStart(7)} req/s  p50 ${String(f.p50).padStart(5)} ms  p99 ${String(f.p99).padStart(5)} ms  non-2xx ${f.non2xx}`;

type ServerFigures = Awaited<ReturnType<typeof measureServers>>;

// autocannon counts whole milliseconds: a median under 1 ms reads as 0 or 1.
const spread = (f: LoadFigures) => (f.p99 / Math.max(1, f.p50)).toFixed(1);

function reportServers(title: string, r: ServerFigures) {
  console.log(`\n${title}: pages, 10 connections × ${LOAD_SECONDS} s each (bare = node:http sending the same bytes):`);
  for (const page of r.pages) {
    console.log(`${page.path} (${page.kb.toFixed(0)} kB of HTML)`);
    console.log(`  bare node       ${fmt(page.bare)}`);
    console.log(`  app, cached     ${fmt(page.cached)}   cached/bare ${(page.cached.rps / page.bare.rps).toFixed(2)}`);
    console.log(`  cached at half  ${fmt(page.halfRate)}   p99/p50 ${spread(page.halfRate)}`);
    console.log(`  bare, same rate ${fmt(page.bareHalfRate)}   p99/p50 ${spread(page.bareHalfRate)}`);
    if (page.uncached) console.log(`  app, uncached   ${fmt(page.uncached)}   uncached/bare ${(page.uncached.rps / page.bare.rps).toFixed(2)}`);
  }
  console.log(`Page weight (HTML as sent; payload = the inline React Server Components data; ratio = HTML / HTML without it):`);
  for (const w of r.weights) console.log(`  ${w.path.slice(0, 60).padEnd(60)} ${w.htmlKb.toFixed(0).padStart(5)} kB, payload ${w.payloadKb.toFixed(0).padStart(4)} kB, ratio ${w.ratio.toFixed(2)}`);
  console.log(`GET /api/v1/matrix, median of 20 dates: ${r.api.toFixed(1)} ms, ${r.apiKb.toFixed(0)} kB (${r.apiGzipKb.toFixed(0)} kB gzip)`);
  console.log(`Page requests per page view in Chromium (each at most one server render), waiting for network idle:`);
  for (const view of r.views) console.log(`  ${view.path.padEnd(18)} ${view.pageRequests} page request(s), ${view.pending} still pending`);
  console.log(`Pictures (first request: rendered; again: median of 10 — preview images from the page cache, downloads rendered each time):`);
  for (const p of r.pictures) console.log(`  ${p.path.padEnd(48)} ${p.kb.toFixed(0).padStart(4)} kB  first ${p.firstMs.toFixed(0).padStart(4)} ms  again ${p.againMs.toFixed(1).padStart(6)} ms`);
  console.log(`JavaScript per route (gzip): ${r.javascript.map((j) => `${j.path} ${j.kb.toFixed(0)} kB`).join(", ")}`);
}

function report(name: string, r: Awaited<ReturnType<typeof benchPglite>>) {
  console.log(`\n== ${name}`);
  reportServers("The reference dataset", r.reference);
  console.log(`\nWith ${r.count.toLocaleString("en")} approved positions (30 topics):`);
  console.log(`as-of query (all 30 topics, one SQL query), median of 20 dates: ${r.query.toFixed(1)} ms`);
  console.log(`matrixAsOf service (query + rows for 195 governments):        ${r.service.toFixed(1)} ms`);
  reportServers(`${r.count.toLocaleString("en")} positions`, r.synthetic);
  if (r.freshness) console.log(`\nFreshness on two app servers after an approval, ${r.freshness.trials} trials: worst ${r.freshness.worstMs.toFixed(0)} ms, median ${r.freshness.medianMs.toFixed(0)} ms`);
  console.log(`\nEXPLAIN ANALYZE (as of 2014-06-30):\n${r.plan}`);
}

async function soakOn(kind: "PGlite" | "PostgreSQL") {
  const base = `http://127.0.0.1:${PORT}`;
  const pg = kind === "PostgreSQL" ? await createTestDatabase("postgres") : null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-soak-"));
  const env: Record<string, string> = {
    ...(pg ? { DATABASE_URL: pg.url ?? "", AUTH_SECRET: "bench-only-secret-bench-only-secret" } : { DATA_DIR: dataDir, DATABASE_URL: "" }),
    METRICS_TOKEN: SOAK_METRICS_TOKEN,
  };
  try {
    const handle = pg ?? openDatabase({ dataDir });
    if (!pg) {
      await handle.migrate();
      await seedDatabase(handle.db);
    }
    const emails = await soakAccounts(handle.db);
    if (!pg) await handle.close();
    const stop = await startServer(env);
    try {
      const r = await soak(base, emails);
      console.log(`\n== Soak on ${kind}: ${SOAK_SECONDS} s; reads at half of ${r.maxRps.toFixed(0)} req/s, proposals at 2/s beside them`);
      console.log(`  reads   ${fmt(r.reads)}   p99/p50 ${spread(r.reads)}`);
      console.log(`  writes  ${fmt(r.writes)}   p99/p50 ${spread(r.writes)}   (${r.written} proposals)`);
      console.log(`  server memory (RSS): ${r.rssStartMb.toFixed(0)} MB at the start, ${r.rssEndMb.toFixed(0)} MB at the end`);
    } finally {
      await stop();
    }
  } finally {
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes("--soak")) {
    await soakOn("PGlite");
    if (process.env.TEST_DATABASE_URL) await soakOn("PostgreSQL");
    return;
  }
  const writes = await pgliteWriteCost();
  const ms = (f: { p50: number; p99: number }) => `p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms`;
  console.log(`== PGlite writes (${writes.writes} one-position transactions each): acknowledged at commit ${ms(writes.plainMs)}; after the log's fsync ${ms(writes.durableMs)}`);
  const digests = await emailDigests();
  console.log(`== Watchlists and digests (PGlite, reference data, ${digests.readers} readers watching 3 governments and a topic): a reader's watched changes ${digests.watchedChangesMs.toFixed(1)} ms (median of 20); ${digests.sent} digests sent over SMTP to a local server in ${digests.totalMs.toFixed(0)} ms, ${digests.perDigestMs.toFixed(1)} ms each`);
  report("PGlite", await benchPglite());
  if (process.env.TEST_DATABASE_URL) report("PostgreSQL", await benchPostgres());
  else console.log("\n(Set TEST_DATABASE_URL to benchmark PostgreSQL too.)");
}

void main();
