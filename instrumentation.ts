import { type Instrumentation } from "next";

// Runs once when a server process starts: in Node, the server's boot (server/boot.ts: check the
// environment, open the database, listen for changes, send digests). NEXT_RUNTIME is not configuration:
// Next sets it per bundle and replaces it at build time, which keeps the Node-only imports out of an edge
// bundle, so it stays a plain `process.env` read.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./server/boot");
  await bootServer();
}

/**
 * Next calls this when a render, route or action throws. One that met an unavailable (or busy) database
 * is noted, so that the front server answers the page's 500 as the 503 "briefly unavailable" page
 * (server/front/unavailable.ts), as the API and tRPC do.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME && process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("./server/health/database-status");
  noteDatabaseError(error);
};
