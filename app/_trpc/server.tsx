import "server-only";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/db/server-db";
import { appRouter } from "@/server/api/root";
import { createInnerContext, sessionContext } from "@/server/api/trpc";
import { currentSession } from "@/server/auth/session";
import { makeQueryClient } from "./query-client";

// Server components call procedures in-process (no HTTP) and hand the results to client
// components through the query cache.

export const getQueryClient = cache(makeQueryClient);

// One context per request: the proxy asks for it on every procedure call.
const requestContext = cache(async () => sessionContext(db(), await headers(), await currentSession()));

export const trpc = createTRPCOptionsProxy({
  ctx: requestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

// Cached reader pages are the same for everyone: they call procedures as an anonymous reader,
// reading neither the request's headers nor its session (either would make the page uncacheable).
const readerContext = cache(async () => createInnerContext({ db: db() }));

export const readerTrpc = createTRPCOptionsProxy({
  ctx: readerContext,
  router: appRouter,
  queryClient: getQueryClient,
});
