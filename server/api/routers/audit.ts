import "server-only";
import { auditQuerySchema } from "@/server/schemas/users";
import { listAudit } from "@/server/services/audit";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: adminProcedure.input(auditQuerySchema).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
