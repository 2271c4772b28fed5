import { z } from "zod";
import { M49_REGIONS } from "@/db/enums";

// Query rules for the reference lists, shared by tRPC procedures and the HTTP API.
// Strict: an unknown parameter is a mistake worth reporting, not something to ignore.

export const governmentsQuerySchema = z
  .object({
    region: z.enum(M49_REGIONS, { error: `must be one of: ${M49_REGIONS.join(", ")}.` }).optional(),
  })
  .strict();
export type GovernmentsQuery = z.infer<typeof governmentsQuerySchema>;

export const emptyQuerySchema = z.object({}).strict();
