import "server-only";
import { listEvents } from "@/server/services/events";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const eventsRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listEvents(ctx.db)),
});
