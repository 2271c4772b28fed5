import "server-only";
import { proposalSchema, revisionIdSchema } from "@/server/schemas/proposals";
import { listContributions } from "@/server/services/contributions";
import { propose, withdrawProposal } from "@/server/services/proposals";
import { contributorProcedure, createTRPCRouter } from "../trpc";

export const contributionsRouter = createTRPCRouter({
  /** The signed-in contributor's own proposals with their review status. */
  mine: contributorProcedure.query(({ ctx }) => listContributions(ctx.db, ctx.actor.id)),
  propose: contributorProcedure.input(proposalSchema).mutation(({ ctx, input }) => propose(ctx.db, ctx.actor, input)),
  withdraw: contributorProcedure
    .input(revisionIdSchema)
    .mutation(({ ctx, input }) => withdrawProposal(ctx.db, ctx.actor, input.revisionId)),
});
