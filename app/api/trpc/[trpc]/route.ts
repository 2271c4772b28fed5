import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/db/server-db";
import { appRouter } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { auth } from "@/server/auth/auth";
import { refuseUnsafePost } from "@/server/http/mutation-guard";

async function handler(req: Request): Promise<Response> {
  const refused = refuseUnsafePost(req);
  if (refused) return Response.json({ error: refused.error }, { status: refused.status, headers: { "Cache-Control": "no-store" } });
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ db: db(), headers: req.headers, userId: session?.user?.id ?? null }),
  });
}

export { handler as GET, handler as POST };
