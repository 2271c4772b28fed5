import "server-only";
import { z } from "zod";
import { calendarDateSchema, slugSchema } from "@/server/schemas/common";
import { todayUtc } from "@/server/shared/dates";
import { topicFigure } from "@/server/services/topic-figure";
import { getTopic, listTopics } from "@/server/services/topics";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const topicsRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listTopics(ctx.db)),
  get: publicProcedure.input(z.object({ slug: slugSchema })).query(({ ctx, input }) => getTopic(ctx.db, input.slug)),
  /** A topic's map and chart as of a date (today without one). */
  figure: publicProcedure
    .input(z.object({ slug: slugSchema, at: calendarDateSchema.optional() }))
    .query(({ ctx, input }) => topicFigure(ctx.db, input.slug, input.at ?? todayUtc(), todayUtc())),
});
