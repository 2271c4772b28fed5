import "server-only";
import { campsQuerySchema } from "@/server/schemas/camps";
import { campsAsOf } from "@/server/services/camps";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const campsRouter = createTRPCRouter({
  /** Camps and swing states as of a date, each government's path year by year, and who moved between two dates. */
  asOf: publicProcedure.input(campsQuerySchema).query(({ ctx, input }) => campsAsOf(ctx.db, input)),
});
