import "server-only";
import { logQuerySchema } from "@/server/schemas/moderation-log";
import { moderationLog } from "@/server/services/moderation-log";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const moderationLogRouter = createTRPCRouter({
  list: publicProcedure.input(logQuerySchema).query(({ ctx, input }) => moderationLog(ctx.db, input)),
});
