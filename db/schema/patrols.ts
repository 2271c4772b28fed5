import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { patrolOutcomeEnum } from "./enums";
import { revisions } from "./revisions";

// A revision a trusted contributor published without review waits here for a moderator's
// patrol: marked patrolled (it stays) or reverted (the position goes back to what it was).
// Reviewed revisions cannot change (0004), so the patrol lives beside the revision.

export const patrols = pgTable(
  "patrols",
  {
    revisionId: integer("revision_id")
      .primaryKey()
      .references(() => revisions.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    outcome: patrolOutcomeEnum("outcome"),
    patrolledBy: text("patrolled_by").references(() => users.id),
    patrolledAt: timestamp("patrolled_at", { withTimezone: true }),
  },
  (t) => [
    index("patrols_open_idx")
      .on(t.createdAt)
      .where(sql`${t.outcome} is null`),
    check("patrols_decided", sql`(${t.outcome} is null) = (${t.patrolledAt} is null)`),
  ],
);
