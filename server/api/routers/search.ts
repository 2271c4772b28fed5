import "server-only";
import { searchQuerySchema } from "@/server/schemas/search";
import { searchPositions } from "@/server/services/search";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const searchRouter = createTRPCRouter({
  /** The published positions a query finds, newest first (a query with no word to look for: BAD_REQUEST). */
  positions: publicProcedure.input(searchQuerySchema).query(({ ctx, input }) => searchPositions(ctx.db, input)),
});
