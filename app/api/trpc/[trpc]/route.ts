import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/db/server-db";
import { appRouter } from "@/server/api/root";
import { TRPC_MAX_BATCH } from "@/server/shared/trpc-limits";
import { sessionContext } from "@/server/api/trpc";
import { auth } from "@/server/auth/auth";
import { withinBodyLimit } from "@/server/http/body-limit";
import { refuseUnsafePost } from "@/server/http/mutation-guard";
import { IMPORT_MAX_BYTES } from "@/server/schemas/import-row";

// Bodies are small (a proposal is a few kB), except an import's CSV file: JSON at most doubles it.
const BODY_MAX = 100 * 1024;
const IMPORT_BODY_MAX = 2 * IMPORT_MAX_BYTES + 1024 * 1024;

async function handler(request: Request): Promise<Response> {
  const refused = refuseUnsafePost(request);
  if (refused) return Response.json({ error: refused.error }, { status: refused.status, headers: { "Cache-Control": "no-store" } });
  const req = await withinBodyLimit(request, new URL(request.url).pathname.includes("imports.run") ? IMPORT_BODY_MAX : BODY_MAX);
  if (req instanceof Response) return req;
  const session = await auth();
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
