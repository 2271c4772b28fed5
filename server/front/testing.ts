import type http from "node:http";
import { type AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { createLogger } from "@/server/log";

// Helpers for tests of the front server and the log.

/** Starts the server on a free loopback port; returns its base URL. */
export async function listenOnFreePort(server: http.Server): Promise<string> {
  // Node closes an idle connection after 5 s; when a busy machine stalls the event loop that long, the
  // test's next fetch can reuse the socket just as the server closes it (ECONNRESET). Tests keep them open.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A logger that writes to memory: the JSON lines it would print, parsed. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(stream, "info"), lines };
}
