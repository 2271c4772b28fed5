import "server-only";
import { clearContestSchema, contestSchema, flagSchema, resolveFlagSchema } from "@/server/schemas/contests";
import { clearContest, contestPosition } from "@/server/services/contests";
import { flagPosition, flagQueue, myFlags, resolveFlag } from "@/server/services/flags";
import { contributorProcedure, createTRPCRouter, moderatorProcedure } from "../trpc";

/** Readers' flags of positions that may be wrong, and moderators' contested marks. */
export const flagsRouter = createTRPCRouter({
  flag: contributorProcedure.input(flagSchema).mutation(({ ctx, input }) => flagPosition(ctx.db, ctx.actor, input)),
  mine: contributorProcedure.query(({ ctx }) => myFlags(ctx.db, ctx.actor)),
  queue: moderatorProcedure.query(({ ctx }) => flagQueue(ctx.db)),
  resolve: moderatorProcedure
    .input(resolveFlagSchema)
    .mutation(({ ctx, input }) => resolveFlag(ctx.db, ctx.actor, input)),
  contest: moderatorProcedure
    .input(contestSchema)
    .mutation(({ ctx, input }) => contestPosition(ctx.db, ctx.actor, input)),
  clearContest: moderatorProcedure
    .input(clearContestSchema)
    .mutation(({ ctx, input }) => clearContest(ctx.db, ctx.actor, input)),
});
