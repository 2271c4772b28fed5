import "server-only";
import { z } from "zod";
import { releaseInputSchema, releaseVersionSchema } from "@/server/schemas/releases";
import { getRelease, listReleases, previewRelease, publishRelease } from "@/server/services/releases";
import { siteUrl } from "@/server/shared/site-url";
import { adminProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const releasesRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listReleases(ctx.db)),
  get: publicProcedure
    .input(z.object({ version: releaseVersionSchema }))
    .query(({ ctx, input }) => getRelease(ctx.db, input.version)),
  preview: adminProcedure.query(({ ctx }) => previewRelease(ctx.db, siteUrl())),
  /** Publishes a release of every approved position as it stands. */
  publish: adminProcedure
    .input(releaseInputSchema)
    .mutation(({ ctx, input }) => publishRelease(ctx.db, input, ctx.actor, siteUrl())),
});
