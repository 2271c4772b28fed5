import "server-only";
import { z } from "zod";
import { calendarDateSchema } from "@/server/schemas/common";
import { siteStats } from "@/server/services/stats";
import { siteStory } from "@/server/services/story";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const statsRouter = createTRPCRouter({
  site: publicProcedure.query(({ ctx }) => siteStats(ctx.db)),
  /** What the record shows, in numbers, for the first screen's one-sentence summary (as of `at`, default today). */
  story: publicProcedure
    .input(z.object({ at: calendarDateSchema.optional() }).optional())
    .query(({ ctx, input }) => siteStory(ctx.db, input?.at)),
});
