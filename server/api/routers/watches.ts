import "server-only";
import { setWatchSchema, watchTargetSchema } from "@/server/schemas/watches";
import { isWatching, myWatchlist, newFeedToken, revokeFeedToken, setWatch } from "@/server/services/watches";
import { contributorProcedure, createTRPCRouter } from "../trpc";

/** A signed-in reader's watchlist and its private feed. */
export const watchesRouter = createTRPCRouter({
  status: contributorProcedure.input(watchTargetSchema).query(({ ctx, input }) => isWatching(ctx.db, ctx.actor, input)),
  set: contributorProcedure.input(setWatchSchema).mutation(({ ctx, input }) => setWatch(ctx.db, ctx.actor, input)),
  mine: contributorProcedure.query(({ ctx }) => myWatchlist(ctx.db, ctx.actor)),
  newFeedToken: contributorProcedure.mutation(({ ctx }) => newFeedToken(ctx.db, ctx.actor)),
  revokeFeed: contributorProcedure.mutation(({ ctx }) => revokeFeedToken(ctx.db, ctx.actor)),
});
