import "server-only";
import { evidenceBalance } from "@/server/services/evidence-balance";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const evidenceBalanceRouter = createTRPCRouter({
  /** Published positions by stance and kind of evidence: what each side of the scale rests on. */
  get: publicProcedure.query(({ ctx }) => evidenceBalance(ctx.db)),
});
