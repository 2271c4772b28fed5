import "server-only";
import { blocInputSchema, endMembershipInputSchema, membershipInputSchema } from "@/server/schemas/bloc-admin";
import { eventInputSchema, retireSchema, topicInputSchema } from "@/server/schemas/reference-admin";
import { addMembership, endMembership, listBlocsForAdmin, saveBloc } from "@/server/services/bloc-admin";
import {
  listEventsForAdmin,
  listTopicsForAdmin,
  saveEvent,
  saveTopic,
  setRetired,
} from "@/server/services/reference-admin";
import { translationInputSchema, translationLocaleSchema } from "@/server/schemas/translation-admin";
import { listTranslations, saveTranslation } from "@/server/services/translation-admin";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const referenceAdminRouter = createTRPCRouter({
  topics: adminProcedure.query(({ ctx }) => listTopicsForAdmin(ctx.db)),
  events: adminProcedure.query(({ ctx }) => listEventsForAdmin(ctx.db)),
  saveTopic: adminProcedure.input(topicInputSchema).mutation(({ ctx, input }) => saveTopic(ctx.db, ctx.actor, input)),
  saveEvent: adminProcedure.input(eventInputSchema).mutation(({ ctx, input }) => saveEvent(ctx.db, ctx.actor, input)),
  retireTopic: adminProcedure
    .input(retireSchema)
    .mutation(({ ctx, input }) => setRetired(ctx.db, ctx.actor, "topic", input)),
  retireEvent: adminProcedure
    .input(retireSchema)
    .mutation(({ ctx, input }) => setRetired(ctx.db, ctx.actor, "event", input)),
  blocs: adminProcedure.query(({ ctx }) => listBlocsForAdmin(ctx.db)),
  saveBloc: adminProcedure.input(blocInputSchema).mutation(({ ctx, input }) => saveBloc(ctx.db, ctx.actor, input)),
  retireBloc: adminProcedure
    .input(retireSchema)
    .mutation(({ ctx, input }) => setRetired(ctx.db, ctx.actor, "bloc", input)),
  addMembership: adminProcedure
    .input(membershipInputSchema)
    .mutation(({ ctx, input }) => addMembership(ctx.db, ctx.actor, input)),
  translations: adminProcedure
    .input(z.object({ locale: translationLocaleSchema }))
    .query(({ ctx, input }) => listTranslations(ctx.db, input.locale)),
  saveTranslation: adminProcedure
    .input(translationInputSchema)
    .mutation(({ ctx, input }) => saveTranslation(ctx.db, ctx.actor, input)),
  endMembership: adminProcedure
    .input(endMembershipInputSchema)
    .mutation(({ ctx, input }) => endMembership(ctx.db, ctx.actor, input)),
});
