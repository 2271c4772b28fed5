import { z } from "zod";
import { filterTextSchema } from "./common";

// The public moderation log's filters: `/log?action=rejected&topic=ixps&government=BRA&before=123`.

/** The decisions the log shows, as readers name them. */
export const LOG_ACTIONS = [
  "approved",
  "rejected",
  "reverted",
  "withdrawn",
  "patrolled",
  "contested",
  "uncontested",
  "reply_hidden",
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export const LOG_ACTION_LABEL: Record<LogAction, string> = {
  approved: "Approved",
  rejected: "Rejected",
  reverted: "Reverted",
  withdrawn: "Withdrawn",
  patrolled: "Patrolled",
  contested: "Marked contested",
  uncontested: "Contest cleared",
  reply_hidden: "Reply hidden",
};

export const logQuerySchema = z
  .object({
    action: z.enum(LOG_ACTIONS, { error: `must be one of ${LOG_ACTIONS.join(", ")}.` }).optional(),
    topic: filterTextSchema(100).optional(),
    government: filterTextSchema(3).optional(),
    /** Entries older than this one (the next page). */
    before: z.coerce
      .number({ error: "must be an entry number." })
      .int({ error: "must be an entry number." })
      .min(1, { error: "must be an entry number." })
      .max(Number.MAX_SAFE_INTEGER)
      .optional(),
  })
  .strict();
export type LogQuery = z.infer<typeof logQuerySchema>;
