import "server-only";

/**
 * The client's address for per-address rate limits: the last X-Forwarded-For hop, which is
 * the one the nearest proxy added (`next start` adds the socket address itself when there is
 * no proxy); earlier hops are whatever the client claimed and are ignored. Null if unknown:
 * per-address limits then skip, rather than lump every unknown client into one bucket that
 * anyone could use to lock everyone out. Per-account limits apply either way.
 */
export function clientAddress(headers: Headers): string | null {
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get("x-real-ip")?.trim() || null;
}
