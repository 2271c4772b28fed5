import "server-only";
import { governmentsQuerySchema } from "@/server/schemas/reference";
import { z } from "zod";
import { iso3Schema } from "@/server/schemas/common";
import { getGovernment, governmentDirectory, listGovernments } from "@/server/services/governments";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const governmentsRouter = createTRPCRouter({
  get: publicProcedure
    .input(z.object({ iso3: iso3Schema }))
    .query(({ ctx, input }) => getGovernment(ctx.db, input.iso3)),
  directory: publicProcedure.query(({ ctx }) => governmentDirectory(ctx.db)),
  list: publicProcedure
    .input(governmentsQuerySchema.optional())
    .query(({ ctx, input }) => listGovernments(ctx.db, input)),
});
