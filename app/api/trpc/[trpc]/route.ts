import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/db/server-db";
import { appRouter } from "@/server/api/root";
import { TRPC_MAX_BATCH } from "@/server/shared/trpc-limits";
import { sessionContext } from "@/server/api/trpc";
import { auth } from "@/server/auth/auth";
import { refuseUnsafePost } from "@/server/http/mutation-guard";
import { withinTrpcBodyLimit } from "@/server/http/trpc-body-limit";

async function handler(request: Request): Promise<Response> {
  const refused = refuseUnsafePost(request);
  if (refused)
    return Response.json(
      { error: refused.error },
      { status: refused.status, headers: { "Cache-Control": "no-store" } },
    );
  // Who is asking is settled before the body is read: only an import, by someone allowed to import, may be large.
  const session = await auth();
  const req = await withinTrpcBodyLimit(request, db(), session?.user?.id ?? null);
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    createContext: () => sessionContext(db(), req.headers, session),
    // Answers are for the caller (their account, their proposals): never kept by a browser or a shared cache.
    responseMeta: () => ({ headers: { "Cache-Control": "no-store" } }),
  });
}

export { handler as GET, handler as POST };
