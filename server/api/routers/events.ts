import "server-only";
import { z } from "zod";
import { slugSchema } from "@/server/schemas/common";
import { eventDetail } from "@/server/services/event-detail";
import { listEvents } from "@/server/services/events";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const eventsRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listEvents(ctx.db)),
  /** An event, the positions stated at it, and how the stances on their topics moved across it. */
  detail: publicProcedure
    .input(z.object({ slug: slugSchema }))
    .query(({ ctx, input }) => eventDetail(ctx.db, input.slug)),
});
