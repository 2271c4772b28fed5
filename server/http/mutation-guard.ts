import "server-only";

// Cross-site request forgery guard for tRPC mutations. A browser can send a form or a
// text/plain POST to any site without a CORS preflight; tRPC mutations only accept JSON,
// which a foreign page cannot send without one, and never from a foreign Origin.

/** Why this POST is refused, or null when it may go on. */
export function refuseUnsafePost(req: Request): { status: number; error: string } | null {
  if (req.method !== "POST") return null;
  const contentType = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") return { status: 415, error: "Send JSON (Content-Type: application/json)." };
  if (req.headers.get("sec-fetch-site") === "cross-site")
    return { status: 403, error: "Cross-site requests cannot change anything here." };
  const origin = req.headers.get("origin");
  if (origin !== null && !sameHost(origin, req.headers.get("x-forwarded-host") ?? req.headers.get("host"))) {
    return { status: 403, error: "Requests from another site cannot change anything here." };
  }
  return null;
}

function sameHost(origin: string, host: string | null): boolean {
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed page) or garbage
  }
}
