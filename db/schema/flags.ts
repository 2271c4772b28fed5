import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { flagStatusEnum } from "./enums";
import { positions } from "./positions";

// A signed-in reader's flag: "this position may be wrong, because…". Flags queue for moderators,
// who resolve each by contesting the position, editing it, or dismissing the flag, with a note.

export const flags = pgTable(
  "flags",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    status: flagStatusEnum("status").notNull().default("open"),
    resolvedBy: text("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolutionNote: text("resolution_note"),
  },
  (t) => [
    // One open flag per reader and position: a second is a duplicate.
    uniqueIndex("flags_open_uq")
      .on(t.positionId, t.authorId)
      .where(sql`${t.status} = 'open'`),
    index("flags_open_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'open'`),
    check("flags_resolved", sql`(${t.status} = 'open') = (${t.resolvedAt} is null)`),
  ],
);
