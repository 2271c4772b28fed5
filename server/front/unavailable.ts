import type http from "node:http";
import { databaseIsDown, databaseStillDown } from "@/server/health/database-status";
import { securityHeaders } from "@/server/http/security-headers";
import { DatabaseUnavailableError } from "@/server/shared/database-errors";
import { requestContext } from "@/server/shared/request-context";

// While the database is not answering, a request that needs it gets a 503 at once (JSON `{error}`
// for the API, a short page for people) instead of waiting for timeouts or a page with an error
// inside a 200. Cached pages, built files and the health check still go through. A request already
// in flight when the database fails gets the same 503 instead of Next's 500 (answerFailuresAs503).

const NEEDS_NO_DATABASE = /^\/(_next\/|api\/health$)|\.(png|svg|ico|jpe?g|webp|css|js|map|txt|woff2?)$/;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Briefly unavailable · Stance Atlas</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a"><h1>Stance Atlas is briefly unavailable</h1>
<p>Our database is not answering. Nothing you sent was lost or changed; please try again in a minute.</p></body></html>`;

const pathOf = (req: http.IncomingMessage) => (req.url ?? "/").split("?")[0] ?? "/";

type WriteHead = (statusCode: number, headers: http.OutgoingHttpHeaders) => http.ServerResponse;
type End = (body?: string) => http.ServerResponse;

/** `writeHead` and `end` as they were before answerFailuresAs503 wrapped them. */
function sendUnavailable(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  writeHead: WriteHead = res.writeHead,
  end: End = res.end,
): void {
  const api = pathOf(req).startsWith("/api/");
  const headers = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
  writeHead.call(res, 503, {
    ...headers,
    "Cache-Control": "no-store",
    "Retry-After": "5",
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
  });
  end.call(
    res,
    req.method === "HEAD" ? undefined : api ? JSON.stringify({ error: new DatabaseUnavailableError().message }) : PAGE,
  );
}

/** Answers a 503 and returns true when the database is down and this request needs it. */
export async function answerIfDatabaseDown(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  if (NEEDS_NO_DATABASE.test(pathOf(req)) || !(await databaseStillDown())) return false;
  sendUnavailable(req, res);
  return true;
}

/**
 * Next answers a render that threw with a 500. If this request met an unavailable or busy database
 * (noted by instrumentation.ts's onRequestError, tRPC or the read API) or the database is marked down,
 * that 500 becomes the 503 above; what Next then writes is dropped. Call before Next has the response:
 * write and end are wrapped too, because Node and the compression middleware write the head through them.
 */
export function answerFailuresAs503(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (NEEDS_NO_DATABASE.test(pathOf(req))) return;
  const request = requestContext.getStore();
  const { writeHead, write, end } = res;
  let replaced = false;
  const replaces = (statusCode: number) => {
    if (replaced) return true;
    if (statusCode !== 500 || res.headersSent || !(request?.metDatabaseFailure || databaseIsDown())) return false;
    replaced = true;
    for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
    sendUnavailable(req, res, writeHead, end);
    return true;
  };
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    return replaces(statusCode)
      ? this
      : (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!replaces(this.statusCode)) return (write as (...args: unknown[]) => boolean).apply(this, args);
    const done = callbackOf(args);
    if (done) process.nextTick(done);
    return true;
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!replaces(this.statusCode)) return (end as (...args: unknown[]) => http.ServerResponse).apply(this, args);
    const done = callbackOf(args);
    if (done) process.nextTick(done);
    return this;
  } as typeof res.end;
}
