import "server-only";
import { z } from "zod";
import { iso3Schema } from "@/server/schemas/common";
import { positionIdSchema } from "@/server/schemas/positions";
import {
  grantRepresentativeSchema,
  hideReplySchema,
  replySchema,
  revokeRepresentativeSchema,
} from "@/server/schemas/replies";
import {
  grantRepresentative,
  hideReply,
  listRepresentatives,
  postReply,
  publishedPositionReplies,
  repliesOfGovernment,
  representationOf,
  revokeRepresentative,
} from "@/server/services/replies";
import { adminProcedure, contributorProcedure, createTRPCRouter, moderatorProcedure, publicProcedure } from "../trpc";

/** A government's right of reply: representatives (admins), replies (representatives), hiding (moderators). */
export const repliesRouter = createTRPCRouter({
  /** The replies to a published position; a withdrawn one is not found (moderators read its replies through moderation.replies). */
  forPosition: publicProcedure
    .input(z.object({ id: positionIdSchema }))
    .query(({ ctx, input }) => publishedPositionReplies(ctx.db, input.id)),
  forGovernment: publicProcedure
    .input(z.object({ iso3: iso3Schema }))
    .query(({ ctx, input }) => repliesOfGovernment(ctx.db, input.iso3)),
  /** The government the caller speaks for, or null. */
  myRepresentation: contributorProcedure.query(({ ctx }) => representationOf(ctx.db, ctx.actor.id)),
  post: contributorProcedure.input(replySchema).mutation(({ ctx, input }) => postReply(ctx.db, ctx.actor, input)),
  hide: moderatorProcedure.input(hideReplySchema).mutation(({ ctx, input }) => hideReply(ctx.db, ctx.actor, input)),
  representatives: adminProcedure.query(({ ctx }) => listRepresentatives(ctx.db)),
  grant: adminProcedure
    .input(grantRepresentativeSchema)
    .mutation(({ ctx, input }) => grantRepresentative(ctx.db, ctx.actor, input)),
  revoke: adminProcedure
    .input(revokeRepresentativeSchema)
    .mutation(({ ctx, input }) => revokeRepresentative(ctx.db, ctx.actor, input)),
});
