import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { watchKindEnum } from "./enums";

// A signed-in reader's watchlist: governments, topics and positions whose approved changes they
// follow on /me/watchlist, in a private Atom feed, and (with email configured) in a daily digest.

export const watches = pgTable(
  "watches",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: watchKindEnum("kind").notNull(),
    /** An ISO3 code, a topic's slug, or a position's id. */
    target: text("target").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("watches_user_target_uq").on(t.userId, t.kind, t.target),
    index("watches_target_idx").on(t.kind, t.target),
  ],
);

/** The private feed's secret: only its SHA-256 is kept; a new one replaces it, and deleting the row revokes the feed. */
export const watchFeeds = pgTable("watch_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
