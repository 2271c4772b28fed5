import { z } from "zod";
import { M49_REGIONS } from "@/db/enums";
import { todayUtc } from "@/server/shared/dates";
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
  // `to` defaults to `at`, and `at` to today: `from` must come before the day "who moved" ends, however it is given.
  .refine((q) => !q.from || q.from < (q.to ?? q.at ?? todayUtc()), {
    error: "from must be before to (which is at, or today, when not given).",
    path: ["from"],
  });
export type CampsQuery = z.infer<typeof campsQuerySchema>;
