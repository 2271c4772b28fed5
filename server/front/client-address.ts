import type { IncomingMessage } from "node:http";

// Who is asking, for per-address rate limits. A client can send any X-Forwarded-For it likes, so
// forwarded headers are believed only as far as the operator says proxies stand in front of
// the app (TRUST_PROXY, a number of hops; none by default). The front server replaces what
// arrives with the one address it worked out, which is all the app downstream reads.

const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/**
 * The client's address: the socket's with no trusted proxy; with n, the address the outermost
 * trusted proxy saw — the n-th entry from the right of X-Forwarded-For plus the socket. Entries a
 * client wrote itself stand further left and are never reached.
 */
export function clientAddressOf(req: IncomingMessage, hops: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (hops === 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const listed = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...listed, socket];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socket;
}

/** Replaces the request's forwarded headers with the client's address alone (and, behind trusted proxies, their host and protocol). */
export function settleForwardedHeaders(req: IncomingMessage, hops: number): void {
  const address = clientAddressOf(req, hops);
  for (const name of hops === 0 ? FORWARDED : ["x-forwarded-for", "x-real-ip", "forwarded"]) delete req.headers[name];
  req.headers["x-forwarded-for"] = address;
}
