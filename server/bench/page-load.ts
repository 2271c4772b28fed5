import http from "node:http";
import { type AddressInfo } from "node:net";
import autocannon from "autocannon";

// Load figures for one URL: autocannon, 10 connections, a fixed time, optionally at a fixed rate.

export type LoadFigures = { rps: number; p50: number; p99: number; non2xx: number };

export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export async function load(url: string, opts: { rate?: number; seconds?: number } = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: 10, duration: opts.seconds ?? LOAD_SECONDS, ...(opts.rate ? { overallRate: opts.rate } : {}) });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors + result.timeouts };
}

/** The baseline: a bare node:http server answering every request with the same bytes. */
export async function bareServer(body: Buffer, contentType = "text/html; charset=utf-8"): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": contentType, "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
