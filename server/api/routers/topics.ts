import "server-only";
import { listTopics } from "@/server/services/topics";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const topicsRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listTopics(ctx.db)),
});
