import "server-only";
import { z } from "zod";
import { blocQuerySchema, blocSlugSchema, compareInputSchema } from "@/server/schemas/blocs";
import { calendarDateSchema, iso3Schema } from "@/server/schemas/common";
import { blocStances } from "@/server/services/bloc-stances";
import { allBlocPeriods, getBloc, listBlocs } from "@/server/services/blocs";
import { compareGovernments } from "@/server/services/compare";
import { closestAndFurthest } from "@/server/services/government-agreement";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const blocsRouter = createTRPCRouter({
  list: publicProcedure.input(blocQuerySchema.optional()).query(({ ctx, input }) => listBlocs(ctx.db, input)),
  get: publicProcedure
    .input(blocQuerySchema.extend({ slug: blocSlugSchema }))
    .query(({ ctx, input: { slug, ...query } }) => getBloc(ctx.db, slug, query)),
  /** The members' stances per topic as of the date, and at every event and year-end before it. */
  stances: publicProcedure
    .input(z.object({ slug: blocSlugSchema, at: calendarDateSchema }))
    .query(({ ctx, input }) => blocStances(ctx.db, input.slug, input.at)),
  /** Every bloc's membership periods: the matrix filters and groups by them for any date in the browser. */
  periods: publicProcedure.query(({ ctx }) => allBlocPeriods(ctx.db)),
  compare: publicProcedure.input(compareInputSchema).query(({ ctx, input }) => compareGovernments(ctx.db, input)),
  agreement: publicProcedure
    .input(z.object({ iso3: iso3Schema }))
    .query(({ ctx, input }) => closestAndFurthest(ctx.db, input.iso3)),
});
