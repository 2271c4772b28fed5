import "server-only";

/**
 * The client's address for per-address rate limits: the X-Forwarded-For the front server set
 * (server/front/client-address.ts: the socket's address, or what TRUST_PROXY trusted proxies
 * vouch for; what a client claims itself is never read). Behind `next dev`, which has no front
 * server, the last hop. "unknown" when none is known: a limit is never skipped for want of an address.
 * Kept whole for the logs; the limits count an IPv6 client by its /64 (server/services/rate-limit-address.ts).
 */
export function clientAddress(headers: Headers): string {
  const hops =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((hop) => hop.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) ?? "unknown";
}
