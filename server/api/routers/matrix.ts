import "server-only";
import { z } from "zod";
import { matrixQuerySchema } from "@/server/schemas/matrix";
import { slugSchema } from "@/server/schemas/common";
import { matrixAsOf, resolveTopics, timeline } from "@/server/services/matrix";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const matrixRouter = createTRPCRouter({
  asOf: publicProcedure.input(matrixQuerySchema.optional()).query(({ ctx, input }) => matrixAsOf(ctx.db, input ?? {})),
  /** Every approved position for the topics in compact form, so the page can move through time without a round trip. */
  timeline: publicProcedure
    .input(z.object({ topics: z.array(slugSchema).optional() }).optional())
    .query(async ({ ctx, input }) => {
      const topics = await resolveTopics(ctx.db, input?.topics);
      return { topics, entries: await timeline(ctx.db, topics.map((t) => t.slug)) };
    }),
});
