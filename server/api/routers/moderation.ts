import "server-only";
import { z } from "zod";
import { positionIdSchema } from "@/server/schemas/positions";
import {
  approveSchema,
  hidePositionSchema,
  queueFilterSchema,
  rejectSchema,
  revertSchema,
  revisionIdSchema,
} from "@/server/schemas/proposals";
import { approveRevision, rejectRevision } from "@/server/services/moderation";
import { positionRecord } from "@/server/services/position-record";
import { markPatrolled, patrolQueue, revertPatrolled } from "@/server/services/patrol";
import { repliesTo } from "@/server/services/replies";
import { revertTo, withdrawPosition } from "@/server/services/reverts";
import { reviewQueue } from "@/server/services/review-queue";
import { createTRPCRouter, moderatorProcedure } from "../trpc";

export const moderationRouter = createTRPCRouter({
  queue: moderatorProcedure.input(queueFilterSchema).query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  /** Every revision of a position, pending and rejected ones included. */
  record: moderatorProcedure
    .input(z.object({ id: positionIdSchema }))
    .query(({ ctx, input }) => positionRecord(ctx.db, input.id, { moderator: true })),
  /** The replies to a position, withdrawn or not (readers get only a published one's: replies.forPosition). */
  replies: moderatorProcedure
    .input(z.object({ id: positionIdSchema }))
    .query(({ ctx, input }) => repliesTo(ctx.db, [input.id])),
  approve: moderatorProcedure
    .input(approveSchema)
    .mutation(({ ctx, input }) => approveRevision(ctx.db, ctx.actor, input)),
  reject: moderatorProcedure.input(rejectSchema).mutation(({ ctx, input }) => rejectRevision(ctx.db, ctx.actor, input)),
  revert: moderatorProcedure.input(revertSchema).mutation(({ ctx, input }) => revertTo(ctx.db, ctx.actor, input)),
  withdrawPosition: moderatorProcedure
    .input(hidePositionSchema)
    .mutation(({ ctx, input }) => withdrawPosition(ctx.db, ctx.actor, input)),
  /** Trusted contributors' published edits awaiting a moderator's patrol. */
  patrolQueue: moderatorProcedure.query(({ ctx }) => patrolQueue(ctx.db)),
  markPatrolled: moderatorProcedure
    .input(revisionIdSchema)
    .mutation(({ ctx, input }) => markPatrolled(ctx.db, ctx.actor, input)),
  revertPatrolled: moderatorProcedure
    .input(rejectSchema)
    .mutation(({ ctx, input }) => revertPatrolled(ctx.db, ctx.actor, input)),
});
