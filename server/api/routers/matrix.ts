import "server-only";
import { z } from "zod";
import { evidenceKindsSchema, matrixQuerySchema } from "@/server/schemas/matrix";
import { slugSchema } from "@/server/schemas/common";
import { calendarDateSchema } from "@/server/schemas/common";
import { cellsAsOfDate, matrixAsOf, recordDates, resolveTopics, timeline } from "@/server/services/matrix";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const matrixRouter = createTRPCRouter({
  asOf: publicProcedure.input(matrixQuerySchema.optional()).query(({ ctx, input }) => matrixAsOf(ctx.db, input ?? {})),
  /** The matrix's cells as of a date, only those with a recorded position: what the page shows. */
  cells: publicProcedure
    .input(
      z.object({
        at: calendarDateSchema,
        topics: z.array(slugSchema).optional(),
        evidence: evidenceKindsSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => cellsAsOfDate(ctx.db, input.at, input.topics, input.evidence)),
  /** The years with positions on the topics, for the time control's stops, and the newest date on record. */
  recordDates: publicProcedure
    .input(z.object({ topics: z.array(slugSchema) }))
    .query(({ ctx, input }) => recordDates(ctx.db, input.topics)),
  /** Every approved position for the topics in compact form, so the page can move through time without a round trip. */
  timeline: publicProcedure
    .input(z.object({ topics: z.array(slugSchema).optional() }).optional())
    .query(async ({ ctx, input }) => {
      const topics = await resolveTopics(ctx.db, input?.topics);
      return {
        topics,
        entries: await timeline(
          ctx.db,
          topics.map((t) => t.slug),
        ),
      };
    }),
});
