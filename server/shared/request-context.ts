import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The request a piece of work belongs to, for the log and for error answers: the front server gives
// each request an id (X-Request-Id on the answer) and runs it inside this context. Kept on globalThis:
// the front server and Next's bundle are two copies of this module in one process.

// `metDatabaseFailure`: the request met an unavailable or busy database (server/health/database-status.ts).
type RequestContext = { requestId: string; metDatabaseFailure?: boolean };

declare global {
  var stanceAtlasRequestContext: AsyncLocalStorage<RequestContext> | undefined;
}

export const requestContext = (globalThis.stanceAtlasRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;

/** This request's id, or a new one for work outside a request (the CLI, tests). */
export const requestIdOrNew = (): string => currentRequestId() ?? randomUUID();
