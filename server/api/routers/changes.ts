import "server-only";
import { changesQuerySchema } from "@/server/schemas/proposals";
import { recentChanges } from "@/server/services/recent-changes";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const changesRouter = createTRPCRouter({
  /** Approved changes, newest first. */
  list: publicProcedure.input(changesQuerySchema).query(({ ctx, input }) => recentChanges(ctx.db, input)),
});
