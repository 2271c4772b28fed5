import fs from "node:fs";
import path from "node:path";
import { type DigestFigures } from "./email-digests";
import { type BenchRun, type DriverFigures, type PageFigures, type ServerFigures, type SoakRun } from "./figures";
import { code, count, generatedHeader, ms, ratio, rps, size, spread, table } from "./report-format";
import { type WriteCost } from "./write-cost";

// `npm run bench` writes docs/benchmarks.md (and `--soak` docs/benchmarks-soak.md) from the run it
// just made, so no figure in the docs is typed by hand: to change one, run the benchmark again.

export const BENCH_REPORT = path.join("docs", "benchmarks.md");
export const SOAK_REPORT = path.join("docs", "benchmarks-soak.md");

const databaseName = (d: { driver: string; version: string }) =>
  d.driver === "PGlite" ? `PGlite (embedded PostgreSQL ${d.version})` : `PostgreSQL ${d.version}`;

const nonOk = (page: PageFigures) =>
  [page.bare, page.cached, page.halfRate, page.bareHalfRate, page.uncached].reduce(
    (sum, f) => sum + (f?.non2xx ?? 0),
    0,
  );

function pagesTable(pages: PageFigures[]): string {
  return table(
    [
      "page (HTML)",
      "bare node req/s",
      "cached req/s",
      "cached/bare",
      "p99/p50 at half rate (bare)",
      "uncached req/s",
      "uncached/bare",
      "non-2xx",
    ],
    pages.map((p) => [
      `${code(p.path)} (${size(p.kb)})`,
      rps(p.bare.rps),
      rps(p.cached.rps),
      `**${ratio(p.cached.rps, p.bare.rps)}**`,
      `${spread(p.halfRate.p50, p.halfRate.p99)} (${spread(p.bareHalfRate.p50, p.bareHalfRate.p99)})`,
      p.uncached ? rps(p.uncached.rps) : "–",
      p.uncached ? ratio(p.uncached.rps, p.bare.rps) : "–",
      String(nonOk(p)),
    ]),
  );
}

function serverSection(title: string, r: ServerFigures): string {
  return [
    `### ${title}`,
    "",
    pagesTable(r.pages),
    "",
    "Page weight (HTML as sent; payload: the inline React Server Components data; ratio: HTML / HTML without it):",
    "",
    table(
      ["page", "HTML", "payload", "ratio"],
      r.weights.map((w) => [code(w.path), size(w.htmlKb), size(w.payloadKb), w.ratio.toFixed(2)]),
    ),
    "",
    table(
      ["page view in Chromium, at network idle", "page requests", "still pending"],
      r.views.map((v) => [code(v.path), String(v.pageRequests), String(v.pending)]),
    ),
    "",
    "Pictures (first request: rendered; again: median of 10, preview images from the page cache, downloads rendered each time):",
    "",
    table(
      ["picture", "size", "first", "again"],
      r.pictures.map((p) => [code(p.path), size(p.kb), ms(p.firstMs, 0), ms(p.againMs)]),
    ),
    "",
    `JavaScript per route, gzip (modules; Next's \`nomodule\` polyfills not counted): ${r.javascript.map((j) => `${code(j.path)} ${size(j.kb)}`).join(", ")}.`,
    "",
    `The cached matrix in each language, asked for as browsers ask (\`Accept-Encoding: gzip\`), req/s (and against English): ${r.languages.map((l) => `${code(l.path)} ${Math.round(l.rps).toLocaleString("en")} (${((l.rps / (r.languages[0]?.rps ?? l.rps)) * 100).toFixed(0)}%)`).join(", ")}.`,
    "",
    `${code("GET /api/v1/matrix")}, median of 20 dates: ${ms(r.api)}, ${size(r.apiKb)} (${size(r.apiGzipKb)} gzip).`,
  ].join("\n");
}

/** One driver's part of the report; `npm run bench` prints it as soon as that driver is done. */
export function driverSection(d: DriverFigures, topics: number): string {
  return [
    `## ${databaseName(d)}`,
    "",
    serverSection("Reference dataset", d.reference),
    "",
    serverSection(`${count(d.count)} positions, ${topics} topics`, d.synthetic),
    "",
    `As-of query, all ${topics} topics in one SQL statement, median of 20 dates, ${count(d.count)} positions: **${ms(d.query)}**; ${code("matrixAsOf")} (the query and its rows): ${ms(d.service)}.`,
    "",
    `Search (${code("searchPositions")}: the count and the newest 50 with their passages), median of 11, ${count(d.count)} positions: ${d.search
      .map((s) => `${code(s.q)} **${ms(s.ms)}** (${count(s.total)} found)`)
      .join(", ")}.`,
    ...(d.freshness
      ? [
          "",
          `Freshness across two app servers on one database, after an approval, ${d.freshness.trials} trials: worst **${ms(d.freshness.worstMs, 0)}**, median ${ms(d.freshness.medianMs, 0)}.`,
        ]
      : []),
    "",
    "<details><summary>EXPLAIN ANALYZE of the as-of query (as of 2014-06-30)</summary>",
    "",
    "```",
    d.plan,
    "```",
    "",
    "</details>",
  ].join("\n");
}

export function writesSection(w: WriteCost): string {
  return [
    "## Writes on the embedded database",
    "",
    table(
      [`${w.writes} one-position transactions`, "p50", "p99"],
      [
        ["acknowledged at commit", ms(w.plainMs.p50, 2), ms(w.plainMs.p99, 2)],
        ["acknowledged after the log's fsync (what the server does)", ms(w.durableMs.p50, 2), ms(w.durableMs.p99, 2)],
      ],
    ),
  ].join("\n");
}

export function digestsSection(g: DigestFigures): string {
  return [
    "## Watchlists and digests",
    "",
    `PGlite, reference data, ${g.readers} readers watching three governments and a topic: a reader's watched changes **${ms(g.watchedChangesMs)}** (median of 20); ${g.sent} digests sent over SMTP to a local server in ${ms(g.totalMs, 0)}, ${ms(g.perDigestMs)} each.`,
  ].join("\n");
}

export function benchmarkReport(run: BenchRun): string {
  return [
    generatedHeader("Benchmarks", "npm run bench", run.date, run.machine, run.drivers.map(databaseName)),
    "",
    `Pages under load: autocannon, ${run.load.connections} connections, ${run.load.seconds} s a measurement (\`BENCH_SECONDS\`). Bare node: a \`node:http\` server in a process of its own sending the same bytes. Synthetic positions exist only in a throwaway database.`,
    "",
    writesSection(run.writes),
    "",
    digestsSection(run.digests),
    ...run.drivers.flatMap((d) => ["", driverSection(d, run.topics)]),
    "",
  ].join("\n");
}

export function soakReport(run: SoakRun): string {
  return [
    generatedHeader("Soak", "npm run bench -- --soak", run.date, run.machine, run.drivers.map(databaseName)),
    "",
    `${run.seconds} s on each database (\`SOAK_SECONDS\`): \`npm start\` with the reference dataset; the read mix (pages and API reads) at half the maximum it reached, and beside it proposals by signed-in contributors at ${run.writesPerSecond} a second. Memory is the server's resident set, from \`/api/metrics\`. autocannon counts whole milliseconds.`,
    "",
    table(
      ["database", "reads", "writes", "non-2xx", "memory (RSS) start → end"],
      run.drivers.map((d) => [
        databaseName(d),
        `${rps(d.reads.rps)} req/s (half of ${rps(d.maxRps)}), p50 ${ms(d.reads.p50, 0)}, p99 ${ms(d.reads.p99, 0)}`,
        `${count(d.written)} proposals, p50 ${ms(d.writes.p50, 0)}, p99 ${ms(d.writes.p99, 0)}`,
        String(d.reads.non2xx + d.writes.non2xx),
        `${count(d.rssStartMb)} → ${count(d.rssEndMb)} MB`,
      ]),
    ),
    "",
  ].join("\n");
}

export function writeReport(file: string, markdown: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, markdown);
}
