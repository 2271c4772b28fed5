import "server-only";
import { z } from "zod";
import { slugSchema } from "@/server/schemas/common";
import { getTopic, listTopics } from "@/server/services/topics";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const topicsRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listTopics(ctx.db)),
  get: publicProcedure.input(z.object({ slug: slugSchema })).query(({ ctx, input }) => getTopic(ctx.db, input.slug)),
});
