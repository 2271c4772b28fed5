import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/db/server-db";
import { appRouter } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ db: db(), headers: req.headers }),
  });

export { handler as GET, handler as POST };
