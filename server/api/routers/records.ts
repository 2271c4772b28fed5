import "server-only";
import { recordInputSchema } from "@/server/schemas/records";
import { getRecord, listRecords } from "@/server/services/records";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const recordsRouter = createTRPCRouter({
  /** Every public record behind the dataset, with its tally against the official one. */
  list: publicProcedure.query(() => listRecords()),
  /** A record, its rows' values and the positions they became. */
  detail: publicProcedure.input(recordInputSchema).query(({ ctx, input }) => getRecord(ctx.db, input.slug)),
});
