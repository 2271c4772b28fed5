import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase } from "@/db/testing";
import { asOfQuery, matrixAsOf, resolveTopics } from "@/server/services/matrix";
import { loadSyntheticPositions } from "./synthetic-data";

// `npm run bench`: builds a large synthetic dataset in a throwaway database and prints how
// fast the matrix is, on PGlite and (when TEST_DATABASE_URL is set) on PostgreSQL.
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

async function startServer(env: Record<string, string>): Promise<() => Promise<void>> {
  const server = spawn("npm", ["start"], { env: { ...process.env, ...env, PORT: String(PORT) }, detached: true, stdio: "ignore" });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return async () => {
    const exited = new Promise((r) => server.once("exit", r));
    process.kill(-(server.pid ?? 0), "SIGTERM");
    await exited;
  };
}

async function measureHttp() {
  const base = `http://127.0.0.1:${PORT}`;
  const apiTimes: number[] = [];
  let apiBytes = 0;
  for (const at of randomDates(20)) {
    const [ms, body] = await time(async () => (await fetch(`${base}/api/v1/matrix?at=${at}`)).arrayBuffer());
    apiTimes.push(ms);
    apiBytes = body.byteLength;
  }
  const html = await (await fetch(`${base}/matrix`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
  let jsGzip = 0;
  for (const src of new Set(scripts)) jsGzip += gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).length;
  const load = await autocannon({ url: `${base}/matrix`, connections: 10, duration: 5 });
  return {
    api: median(apiTimes),
    apiKb: apiBytes / 1024,
    apiGzipKb: gzipSync(Buffer.from(await (await fetch(`${base}/api/v1/matrix?at=2014-06-30`)).arrayBuffer())).length / 1024,
    htmlKb: Buffer.byteLength(html) / 1024,
    jsGzipKb: jsGzip / 1024,
    rps: load.requests.average,
    p99: load.latency.p99,
  };
}

async function benchPglite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bench-"));
  const handle = openDatabase({ dataDir });
  await handle.migrate();
  await seedDatabase(handle.db);
  const queries = await measureQueries(handle);
  await handle.close();
  const stop = await startServer({ DATA_DIR: dataDir, DATABASE_URL: "" });
  try {
    return { ...queries, ...(await measureHttp()) };
  } finally {
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const database = await createTestDatabase("postgres");
  try {
    const queries = await measureQueries(database);
    const stop = await startServer({ DATABASE_URL: database.url ?? "", AUTH_SECRET: "bench-only-secret-bench-only-secret" });
    try {
      return { ...queries, ...(await measureHttp()) };
    } finally {
      await stop();
    }
  } finally {
    await database.destroy();
  }
}

function report(name: string, r: Awaited<ReturnType<typeof benchPglite>>) {
  console.log(`\n== ${name}: ${r.count.toLocaleString("en")} approved positions`);
  console.log(`as-of query (all 30 topics, one SQL query), median of 20 dates: ${r.query.toFixed(1)} ms`);
  console.log(`matrixAsOf service (query + rows for 195 governments):        ${r.service.toFixed(1)} ms`);
  console.log(`GET /api/v1/matrix, median of 20 dates: ${r.api.toFixed(1)} ms, ${r.apiKb.toFixed(0)} kB (${r.apiGzipKb.toFixed(0)} kB gzip)`);
  console.log(`GET /matrix under 10 connections for 5 s: ${r.rps.toFixed(1)} req/s, p99 ${r.p99} ms; HTML ${r.htmlKb.toFixed(0)} kB; JS ${r.jsGzipKb.toFixed(0)} kB gzip`);
  console.log(`EXPLAIN ANALYZE (as of 2014-06-30):\n${r.plan}`);
}

async function main() {
  report("PGlite", await benchPglite());
  if (process.env.TEST_DATABASE_URL) report("PostgreSQL", await benchPostgres());
  else console.log("\n(Set TEST_DATABASE_URL to benchmark PostgreSQL too.)");
}

void main();
