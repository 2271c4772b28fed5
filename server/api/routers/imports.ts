import "server-only";
import { importUploadSchema } from "@/server/schemas/import-row";
import { IMPORT_ERRORS_SHOWN } from "@/server/services/import-file";
import { importCsv } from "@/server/services/import-positions";
import { createTRPCRouter, moderatorProcedure } from "../trpc";

export const importsRouter = createTRPCRouter({
  /** Checks a CSV file and, unless `dryRun`, imports it as approved revisions by the moderator. */
  run: moderatorProcedure
    .input(importUploadSchema)
    .mutation(({ ctx, input }) =>
      importCsv(ctx.db, { ...input, actorId: ctx.actor.id, errorsShown: IMPORT_ERRORS_SHOWN }),
    ),
});
