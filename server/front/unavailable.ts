import type http from "node:http";
import { databaseIsDown } from "@/server/health/database-status";
import { securityHeaders } from "@/server/http/security-headers";
import { DatabaseUnavailableError } from "@/server/shared/database-errors";

// While the database is not answering, a request that needs it gets a 503 at once (JSON `{error}`
// for the API, a short page for people) instead of waiting for timeouts or a page with an error
// inside a 200. Cached pages, built files and the health check still go through.

const NEEDS_NO_DATABASE = /^\/(_next\/|api\/health$)|\.(png|svg|ico|jpe?g|webp|css|js|map|txt|woff2?)$/;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Briefly unavailable · Stance Atlas</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a"><h1>Stance Atlas is briefly unavailable</h1>
<p>Our database is not answering. Nothing you sent was lost or changed; please try again in a minute.</p></body></html>`;

/** Answers a 503 and returns true when the database is down and this request needs it. */
export function answerIfDatabaseDown(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (!databaseIsDown() || NEEDS_NO_DATABASE.test(path)) return false;
  const api = path.startsWith("/api/");
  const headers = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
  res.writeHead(503, { ...headers, "Cache-Control": "no-store", "Retry-After": "5", "Content-Type": api ? "application/json" : "text/html; charset=utf-8" });
  res.end(req.method === "HEAD" ? undefined : api ? JSON.stringify({ error: new DatabaseUnavailableError().message }) : PAGE);
  return true;
}
