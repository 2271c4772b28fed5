import next from "next";
import { whenOrphaned } from "@/server/cli/orphan-watch";
import { trustedHops } from "./client-address";
import { createFrontServer } from "./front-server";

// The production server (`npm start` runs it once the database is ready): Next's request handler
// behind a plain node:http server that answers cached reader pages itself. The pages, the
// proxy, every route and procedure are Next's; only a cache hit skips Next's pipeline.

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;

async function main() {
  const hops = trustedHops(process.env.TRUST_PROXY);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createFrontServer(handle, { trustedHops: hops });
  server.listen(port, hostname, () => console.log(`Stance Atlas is serving on http://${hostname ?? "localhost"}:${port}`));
  // Stop taking connections, let the requests under way finish (10 s at most), close the database
  // (which gives back the embedded database's lock), then exit.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), STOP_WITHIN_MS).unref();
    server.close(() => void app.close().then(closeDatabase).finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // If `npm start`'s process goes away without a word (kill -9), this one is an orphan: stop too.
  whenOrphaned(stop);
}

const STOP_WITHIN_MS = 10_000;

/** The handle Next's server opened (db/server-db.ts keeps it on globalThis). */
async function closeDatabase() {
  await globalThis.stanceAtlasDb?.close().catch(() => {});
}

void main();
