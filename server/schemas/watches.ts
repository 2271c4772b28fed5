import { z } from "zod";
import { WATCH_KINDS } from "@/db/enums";

// What a reader watches: `{kind: "government", target: "BRA"}`, `{kind: "topic", target: "ixps"}`, `{kind: "position", target: "42"}`.

export const watchTargetSchema = z
  .object({
    kind: z.enum(WATCH_KINDS, { error: `Watch one of: ${WATCH_KINDS.join(", ")}.` }),
    target: z.string().trim().min(1).max(100),
  })
  .strict();
export type WatchTarget = z.infer<typeof watchTargetSchema>;

export const setWatchSchema = watchTargetSchema.extend({ watching: z.boolean() });

/** The private feed's token in its URL: 43 base64url characters (32 random bytes). */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This feed address is not valid." });
