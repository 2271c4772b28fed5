import type http from "node:http";

// A write is acknowledged only once it would survive a power cut: for every request that may write
// (anything but GET, HEAD and OPTIONS), the end of its answer waits for the database's flush
// (on the embedded database, the fsync PGlite cannot do itself: db/pglite-durability.ts).

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export function flushBeforeAnswering(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (READS.has(req.method ?? "GET")) return;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    const flushed = globalThis.stanceAtlasDb?.flush() ?? Promise.resolve();
    void flushed.catch(() => {}).finally(() => end(...args));
    return res;
  }) as typeof res.end;
}
