import { sql } from "drizzle-orm";
import { char, check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { governments } from "./governments";
import { positions } from "./positions";
import { languageColumn, languageKnown } from "./translations";

// A government's right of reply. An admin links an account to a government as its official
// representative (saying how that was verified); the representative may post replies to its own
// government's positions. Replies are shown beside the position and never change its coding; a
// moderator can hide one for abuse only, with a reason shown in its place.

export const representatives = pgTable(
  "representatives",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    governmentIso3: char("government_iso3", { length: 3 })
      .notNull()
      .references(() => governments.iso3),
    verificationNote: text("verification_note").notNull(),
    grantedBy: text("granted_by").references(() => users.id),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
    revokedBy: text("revoked_by").references(() => users.id),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    // An account speaks for one government at a time.
    uniqueIndex("representatives_active_uq")
      .on(t.userId)
      .where(sql`${t.revokedAt} is null`),
    check("representatives_revoked", sql`(${t.revokedAt} is null) = (${t.revokeReason} is null)`),
  ],
);

export const replies = pgTable(
  "replies",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id),
    governmentIso3: char("government_iso3", { length: 3 })
      .notNull()
      .references(() => governments.iso3),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** The language the representative wrote the reply in. */
    language: languageColumn(),
    sourceUrl: text("source_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: text("hidden_by").references(() => users.id),
    hiddenReason: text("hidden_reason"),
  },
  (t) => [
    index("replies_position_idx").on(t.positionId, t.id),
    check("replies_body_length", sql`char_length(${t.body}) between 1 and 2000`),
    languageKnown("replies_language_known", t.language),
    check("replies_hidden", sql`(${t.hiddenAt} is null) = (${t.hiddenReason} is null)`),
  ],
);
