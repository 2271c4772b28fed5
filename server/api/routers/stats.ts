import "server-only";
import { siteStats } from "@/server/services/stats";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const statsRouter = createTRPCRouter({
  site: publicProcedure.query(({ ctx }) => siteStats(ctx.db)),
});
