import "server-only";
import { governmentsQuerySchema } from "@/server/schemas/reference";
import { listGovernments } from "@/server/services/governments";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const governmentsRouter = createTRPCRouter({
  list: publicProcedure.input(governmentsQuerySchema.optional()).query(({ ctx, input }) => listGovernments(ctx.db, input)),
});
