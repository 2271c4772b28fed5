import "server-only";
import { recordCurrency } from "@/server/services/record-currency";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const recordCurrencyRouter = createTRPCRouter({
  /** Each topic's newest evidence, the events the record has nothing from, and what method v2 re-coded. */
  get: publicProcedure.query(({ ctx }) => recordCurrency(ctx.db)),
});
