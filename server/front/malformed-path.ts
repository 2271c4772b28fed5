import type http from "node:http";
import { securityHeaders } from "@/server/http/security-headers";

// A path Next cannot decode (`/topics/%zz`, `/governments/%FF`) is the client's mistake: answered
// here with a 400 that says so (JSON for the API), before Next would fail on it with a 500. So is a
// query parameter named `__proto__` on the API: Next drops it on the way to the route (it builds the
// query as a plain object), and the route's strict check could not name it.

/** Whether every percent-escape in the path decodes (as UTF-8). */
function hasDecodablePath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The API's `?__proto__=…`, which Next would drop silently. */
function hasProtoParameter(url: string): boolean {
  if (!url.startsWith("/api/")) return false;
  return new URL(url, "http://localhost").searchParams.has("__proto__");
}

/** Answers a 400 when the address cannot go on to Next (returns true), or leaves it alone. */
export function answerIfBadAddress(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = req.url ?? "/";
  const message = !hasDecodablePath(url)
    ? "The address is not valid: it has a malformed percent-encoding (such as %zz or %FF)."
    : hasProtoParameter(url)
      ? "Unknown query parameter: __proto__."
      : null;
  if (message === null) return false;
  const api = url.startsWith("/api/");
  const headers = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
  res.writeHead(400, {
    ...headers,
    "Cache-Control": "no-store",
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
  });
  res.end(api ? JSON.stringify({ error: message }) : message);
  return true;
}
