import { z } from "zod";

/** A reader's email alerts: the daily digest of what they watch; for moderators, new proposals waiting. */
export const alertSettingsSchema = z.object({ dailyDigest: z.boolean(), proposalsWaiting: z.boolean() }).strict();

/** The unsubscribe link's token: 48 hex characters. */
export const unsubscribeTokenSchema = z
  .string()
  .regex(/^[0-9a-f]{48}$/, { error: "This unsubscribe link is not valid." });
