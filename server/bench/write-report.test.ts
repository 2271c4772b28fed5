import { describe, expect, it } from "vitest";
import { type BenchRun, type DriverFigures, type ServerFigures, type SoakRun } from "./figures";
import { benchmarkReport, soakReport } from "./write-report";

const machine = {
  cores: 2,
  cpu: "Sample CPU @ 2.20GHz",
  memoryGb: 7.75,
  node: "v20.20.2",
  os: "Linux 6.1.0",
  commit: "7637198",
};
const load = (rps: number, p50 = 2, p99 = 6, non2xx = 0) => ({ rps, p50, p99, non2xx });

const servers = (matrixKb: number): ServerFigures => ({
  api: 103.4,
  apiKb: 932,
  apiGzipKb: 61.2,
  pages: [
    {
      path: "/matrix",
      kb: matrixKb,
      bare: load(4125.4),
      cached: load(3823.2),
      halfRate: load(1911, 1, 3),
      bareHalfRate: load(1911, 1, 3),
      uncached: load(87.26),
    },
    {
      path: "/topics/un-cybercrime-treaty",
      kb: 3276.8,
      bare: load(81),
      cached: load(83),
      halfRate: load(41, 5, 18),
      bareHalfRate: load(41, 5, 20),
      uncached: load(16.6, 50, 90, 2),
    },
  ],
  weights: [{ path: "/matrix", htmlKb: matrixKb, payloadKb: 32.4, ratio: 1.21 }],
  views: [{ path: "/governments/RUS", pageRequests: 1, pending: 0 }],
  pictures: [{ path: "/og/governments/RUS", kb: 48.6, firstMs: 412.2, againMs: 1.84 }],
  javascript: [{ path: "/matrix", kb: 147.3 }],
  languages: [
    { path: "/matrix", rps: 3000 },
    { path: "/ar/matrix", rps: 2850 },
  ],
});

const driver = (name: DriverFigures["driver"], freshness: DriverFigures["freshness"]): DriverFigures => ({
  driver: name,
  version: name === "PGlite" ? "17.5" : "15.13",
  count: 117487,
  query: 39.04,
  service: 103.2,
  search: [{ q: "cybercrime", total: 412, ms: 21.5 }],
  plan: "Nested Loop (actual time=0.1..38.9 rows=5850 loops=1)",
  reference: servers(185.2),
  synthetic: servers(603),
  freshness,
});

const run: BenchRun = {
  date: "2026-05-02T09:41:12.000Z",
  machine,
  load: { connections: 10, seconds: 8 },
  topics: 30,
  writes: { writes: 200, plainMs: { p50: 2.1, p99: 9.7 }, durableMs: { p50: 2.4, p99: 7.3 } },
  digests: { readers: 200, watchedChangesMs: 3.21, sent: 200, totalMs: 1480, perDigestMs: 7.4 },
  drivers: [driver("PGlite", null), driver("PostgreSQL", { trials: 10, worstMs: 54.2, medianMs: 46.1 })],
};

describe("the benchmark report (docs/benchmarks.md)", () => {
  const markdown = benchmarkReport(run);

  it("says it is written by npm run bench, when, and on what machine and databases", () => {
    expect(markdown.startsWith("# Benchmarks\n")).toBe(true);
    expect(markdown).toContain("Written by `npm run bench`");
    expect(markdown).toContain("| date | 2026-05-02 09:41 UTC |");
    expect(markdown).toContain("| machine | 2 cores (Sample CPU @ 2.20GHz), 7.8 GB memory, Linux 6.1.0 |");
    expect(markdown).toContain("| Node.js | v20.20.2 |");
    expect(markdown).toContain("| databases | PGlite (embedded PostgreSQL 17.5); PostgreSQL 15.13 |");
    expect(markdown).toContain("| commit | 7637198 |");
  });

  it("gives each page's throughput beside the bare server's, with the ratios computed from the run", () => {
    expect(markdown).toContain("| `/matrix` (185 kB) | 4,125 | 3,823 | **0.93** | 3.0 (3.0) | 87.3 | 0.02 | 0 |");
    expect(markdown).toContain("`/matrix` 3,000 (100%), `/ar/matrix` 2,850 (95%)");
    // Sizes over a megabyte in MB; non-2xx answers of every measurement of the page summed.
    expect(markdown).toContain(
      "| `/topics/un-cybercrime-treaty` (3.2 MB) | 81.0 | 83.0 | **1.02** | 3.6 (4.0) | 16.6 | 0.20 | 2 |",
    );
  });

  it("gives the writes, the digests, the as-of query and freshness only where it was measured", () => {
    expect(markdown).toContain("| acknowledged after the log's fsync (what the server does) | 2.40 ms | 7.30 ms |");
    expect(markdown).toContain("a reader's watched changes **3.2 ms**");
    expect(markdown).toContain("## PGlite (embedded PostgreSQL 17.5)");
    expect(markdown).toContain("### 117,487 positions, 30 topics");
    expect(markdown).toContain("median of 20 dates, 117,487 positions: **39.0 ms**");
    expect(markdown).toContain("median of 11, 117,487 positions: `cybercrime` **21.5 ms** (412 found).");
    expect(markdown.match(/Freshness across two app servers/g)).toHaveLength(1);
    expect(markdown).toContain("10 trials: worst **54 ms**, median 46 ms.");
    expect(markdown).toContain("Nested Loop (actual time=0.1..38.9 rows=5850 loops=1)");
  });

  it("writes no empty or broken figure", () => {
    expect(markdown).not.toMatch(/undefined|NaN|Infinity|\[object/);
  });
});

describe("the soak report (docs/benchmarks-soak.md)", () => {
  const soak: SoakRun = {
    date: "2026-05-02T10:00:00.000Z",
    machine,
    seconds: 180,
    writesPerSecond: 2,
    drivers: [
      {
        driver: "PGlite",
        version: "17.5",
        maxRps: 1278.4,
        reads: load(637.2, 5, 40),
        writes: load(2, 43, 174),
        written: 362,
        rssStartMb: 900.4,
        rssEndMb: 1055.1,
      },
    ],
  };
  const markdown = soakReport(soak);

  it("says it is written by npm run bench -- --soak, and gives reads, writes and memory", () => {
    expect(markdown).toContain("Written by `npm run bench -- --soak`");
    expect(markdown).toContain("180 s on each database");
    expect(markdown).toContain(
      "| PGlite (embedded PostgreSQL 17.5) | 637 req/s (half of 1,278), p50 5 ms, p99 40 ms | 362 proposals, p50 43 ms, p99 174 ms | 0 | 900 → 1,055 MB |",
    );
    expect(markdown).not.toMatch(/undefined|NaN/);
  });
});
