import "server-only";
import { hasRole } from "@/server/auth/access";
import { emailConfigured } from "@/server/email/mailer";
import { alertSettingsSchema } from "@/server/schemas/alerts";
import { alertSettingsOf, saveAlertSettings } from "@/server/services/alerts";
import { contributorProcedure, createTRPCRouter } from "../trpc";

/** A reader's email alerts: whether the site can send them, and their choices. */
export const alertsRouter = createTRPCRouter({
  mine: contributorProcedure.query(async ({ ctx }) => ({
    available: emailConfigured(),
    moderator: hasRole(ctx.actor.role, "moderator"),
    settings: await alertSettingsOf(ctx.db, ctx.actor),
  })),
  save: contributorProcedure
    .input(alertSettingsSchema)
    .mutation(({ ctx, input }) => saveAlertSettings(ctx.db, ctx.actor, input)),
});
