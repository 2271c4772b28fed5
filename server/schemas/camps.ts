import { z } from "zod";
import { M49_REGIONS } from "@/db/enums";
import { calendarDateSchema, slugSchema } from "./common";

// What /camps and GET /api/v1/camps take: the date to place governments at, two dates to compare (who
// moved), and the matrix's region and bloc filters.

export const campsQuerySchema = z
  .object({
    at: calendarDateSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    region: z.enum(M49_REGIONS, { error: `must be one of: ${M49_REGIONS.join(", ")}.` }).optional(),
    bloc: slugSchema.max(60).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { error: "from must be before to.", path: ["from"] });
export type CampsQuery = z.infer<typeof campsQuerySchema>;
