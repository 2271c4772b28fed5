import "server-only";
import { banSchema, setRoleSchema, setTrustedSchema, unbanSchema, userSearchSchema } from "@/server/schemas/users";
import { resetSecondFactor } from "@/server/services/second-factor";
import { banUser, listUsers, setRole, setTrusted, unbanUser } from "@/server/services/user-admin";
import { resetSecondFactorSchema } from "@/server/schemas/second-factor";
import { adminProcedure, createTRPCRouter, recentAdminProcedure } from "../trpc";

export const adminUsersRouter = createTRPCRouter({
  list: adminProcedure.input(userSearchSchema).query(({ ctx, input }) => listUsers(ctx.db, input)),
  setRole: recentAdminProcedure.input(setRoleSchema).mutation(({ ctx, input }) => setRole(ctx.db, ctx.actor, input)),
  resetSecondFactor: recentAdminProcedure
    .input(resetSecondFactorSchema)
    .mutation(({ ctx, input }) => resetSecondFactor(ctx.db, ctx.actor, input)),
  setTrusted: adminProcedure.input(setTrustedSchema).mutation(({ ctx, input }) => setTrusted(ctx.db, ctx.actor, input)),
  ban: adminProcedure.input(banSchema).mutation(({ ctx, input }) => banUser(ctx.db, ctx.actor, input)),
  unban: adminProcedure.input(unbanSchema).mutation(({ ctx, input }) => unbanUser(ctx.db, ctx.actor, input)),
});
