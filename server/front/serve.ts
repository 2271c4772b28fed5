import next from "next";
import { whenOrphaned } from "@/server/cli/orphan-watch";
import { readEnv } from "@/server/env";
import { createFrontServer } from "./front-server";
import { frontAnswersHitsOn, installedNextVersion, TESTED_NEXT_VERSIONS } from "./next-internals.mjs";

// The server `npm start` (and, with --dev, `npm run dev`) runs once the database is ready: Next's
// request handler behind a plain node:http server that answers cached reader pages itself. The
// pages, the proxy, every route and procedure are Next's; only a cache hit skips Next's pipeline.

async function main() {
  // `npm start` checked these before starting this process, with the same rules.
  const { PORT: port, HOST: hostname, TRUST_PROXY: hops } = readEnv();
  const dev = process.argv.includes("--dev");
  const app = next({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const version = installedNextVersion();
  const answerHits = frontAnswersHitsOn(version);
  if (!answerHits)
    console.warn(
      `The front server answers no cached page itself on Next ${version}: it was tested with ${TESTED_NEXT_VERSIONS.join(", ")} (server/front/next-internals.mjs). Next answers every request.`,
    );
  const server = createFrontServer(handle, { trustedHops: hops, answerHits });
  server.listen(port, hostname, () =>
    console.log(`Stance Atlas is serving on http://${hostname ?? "localhost"}:${port}`),
  );
  // Stop taking connections, let the requests under way finish (10 s at most), close the database
  // (which gives back the embedded database's lock), then exit.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), STOP_WITHIN_MS).unref();
    server.close(
      () =>
        void app
          .close()
          .then(closeDatabase)
          .finally(() => process.exit(0)),
    );
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
