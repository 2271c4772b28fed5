import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

// Load figures for one URL: autocannon, LOAD_CONNECTIONS connections, a fixed time, optionally at a fixed rate.

export type LoadFigures = { rps: number; p50: number; p99: number; non2xx: number };

export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
export const LOAD_CONNECTIONS = 10;

export async function load(
  url: string,
  opts: { rate?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections: LOAD_CONNECTIONS,
    duration: opts.seconds ?? LOAD_SECONDS,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

// The baseline server: its own process, like the app's, so that it does not share autocannon's thread.
const BARE_SERVER = `
const body = require("node:fs").readFileSync(process.argv[1]);
const server = require("node:http").createServer((_, res) => {
  res.writeHead(200, { "content-type": process.argv[2], "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

/** The baseline: a bare node:http server, in a process of its own, answering every request with the same bytes. */
export async function bareServer(
  body: Buffer,
  contentType = "text/html; charset=utf-8",
): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bare-"));
  const file = path.join(dir, "page");
  fs.writeFileSync(file, body);
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file, contentType], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (data: Buffer) => resolve(data.toString().trim()));
    child.once("exit", () => reject(new Error("the bare server did not start")));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
