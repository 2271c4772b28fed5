import "server-only";
import { eventInputSchema, retireSchema, topicInputSchema } from "@/server/schemas/reference-admin";
import { listEventsForAdmin, listTopicsForAdmin, saveEvent, saveTopic, setRetired } from "@/server/services/reference-admin";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const referenceAdminRouter = createTRPCRouter({
  topics: adminProcedure.query(({ ctx }) => listTopicsForAdmin(ctx.db)),
  events: adminProcedure.query(({ ctx }) => listEventsForAdmin(ctx.db)),
  saveTopic: adminProcedure.input(topicInputSchema).mutation(({ ctx, input }) => saveTopic(ctx.db, ctx.actor, input)),
  saveEvent: adminProcedure.input(eventInputSchema).mutation(({ ctx, input }) => saveEvent(ctx.db, ctx.actor, input)),
  retireTopic: adminProcedure.input(retireSchema).mutation(({ ctx, input }) => setRetired(ctx.db, ctx.actor, "topic", input)),
  retireEvent: adminProcedure.input(retireSchema).mutation(({ ctx, input }) => setRetired(ctx.db, ctx.actor, "event", input)),
});
