import { z } from "zod";
import { LOCALES } from "@/server/i18n/locales";
import { idSchema, iso3Schema } from "./common";
import { sourceUrlSchema } from "./proposals";

// A government's right of reply: what admins, representatives and moderators send.

export const REPLY_MAX = 2000;

const id = idSchema;
const note = (what: string) =>
  z
    .string({ error: what })
    .trim()
    .min(10, { error: `${what} (at least 10 characters).` })
    .max(500, { error: "Keep it to 500 characters or fewer." });

/** An admin links an account (by its email) to a government, saying how the link was verified. */
export const grantRepresentativeSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter the account's email address." })),
  government: iso3Schema,
  verificationNote: note("Say how you verified that this account speaks for the government"),
});
export const revokeRepresentativeSchema = z.object({ representativeId: id, reason: note("Say why the link ends") });

/** A representative's reply to one of its government's positions. */
export const replySchema = z.object({
  positionId: id,
  body: z
    .string({ error: "Write the reply." })
    .trim()
    .min(1, { error: "Write the reply." })
    .max(REPLY_MAX, { error: `Keep the reply to ${REPLY_MAX} characters or fewer.` }),
  /** The language the reply is written in (the form offers the page's). */
  language: z
    .enum(LOCALES, { error: `Choose the language the reply is written in: one of ${LOCALES.join(", ")}.` })
    .default("en"),
  /** Optional: empty or absent is none. */
  sourceUrl: z
    .preprocess((url) => (url === "" || url === undefined ? null : url), sourceUrlSchema.nullable())
    .optional(),
});
export type ReplyInput = z.input<typeof replySchema>;

/** A moderator hides a reply for abuse only; the reason is shown in its place. */
export const hideReplySchema = z.object({ replyId: id, reason: note("Say why the reply is hidden; readers see this") });
