import { z } from "zod";
import { LOCALES } from "@/server/i18n/locales";

/**
 * A reader's email alerts: the daily digest of what they watch; for moderators, new proposals waiting; the language
 * they are written in (unchanged when not given).
 */
export const alertSettingsSchema = z
  .object({
    dailyDigest: z.boolean(),
    proposalsWaiting: z.boolean(),
    locale: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}.` }).optional(),
  })
  .strict();

/** The unsubscribe link's token: 48 hex characters. */
export const unsubscribeTokenSchema = z
  .string()
  .regex(/^[0-9a-f]{48}$/, { error: "This unsubscribe link is not valid." });
