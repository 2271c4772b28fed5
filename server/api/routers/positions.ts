import "server-only";
import { z } from "zod";
import { positionIdSchema, positionsQuerySchema } from "@/server/schemas/positions";
import { positionRecord } from "@/server/services/position-record";
import { editablePosition, getPosition, listPositions, positionHistory } from "@/server/services/positions";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const positionsRouter = createTRPCRouter({
  list: publicProcedure.input(positionsQuerySchema.optional()).query(({ ctx, input }) => listPositions(ctx.db, input)),
  /** A published position with its approved history, for the matrix's cell detail. */
  detail: publicProcedure.input(z.object({ id: positionIdSchema })).query(async ({ ctx, input }) => {
    const [position, history] = await Promise.all([getPosition(ctx.db, input.id), positionHistory(ctx.db, input.id)]);
    return { position, history };
  }),
  /** A published position's page: who, what, when, and its approved versions. */
  record: publicProcedure
    .input(z.object({ id: positionIdSchema }))
    .query(({ ctx, input }) => positionRecord(ctx.db, input.id, { moderator: false })),
  /** A published position with its current revision id: what "Propose an edit" starts from. */
  forEdit: publicProcedure
    .input(z.object({ id: positionIdSchema }))
    .query(({ ctx, input }) => editablePosition(ctx.db, input.id)),
});
