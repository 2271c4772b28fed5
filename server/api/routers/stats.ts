import "server-only";
import { siteStats } from "@/server/services/stats";
import { siteStory } from "@/server/services/story";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const statsRouter = createTRPCRouter({
  site: publicProcedure.query(({ ctx }) => siteStats(ctx.db)),
  /** What the record shows, in numbers, for the first screen's one-sentence summary. */
  story: publicProcedure.query(({ ctx }) => siteStory(ctx.db)),
});
