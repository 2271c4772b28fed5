import "server-only";

/** The client's address for rate limits: the first X-Forwarded-For hop behind a proxy, else a shared local key. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
