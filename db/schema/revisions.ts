import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { datePrecisionEnum, evidenceEnum, revisionStatusEnum, stanceEnum } from "./enums";
import { events } from "./events";
import { positions } from "./positions";
import { languageColumn, languageKnown } from "./translations";

// Every change to a position is a new, immutable revision holding the full content.
// Only the review fields (status, reviewer, reason, reviewed_at) are ever written after insert.
export const revisions = pgTable(
  "revisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    positionId: integer("position_id")
      .notNull()
      .references(() => positions.id),
    baseRevisionId: integer("base_revision_id").references((): AnyPgColumn => revisions.id),
    // Set when this revision restores an older one (a revert).
    revertOfId: integer("revert_of_id").references((): AnyPgColumn => revisions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    stance: stanceEnum("stance").notNull(),
    statedOn: date("stated_on", { mode: "string" }).notNull(),
    eventSlug: text("event_slug").references(() => events.slug, { onUpdate: "cascade" }),
    summary: text("summary").notNull(),
    /** The language the contributor wrote the summary, quote and comment in. */
    language: languageColumn(),
    quote: text("quote"),
    sources: text("sources").array().notNull(),
    evidence: evidenceEnum("evidence").notNull().default("statement"),
    // stated_on is the last day of the period for month and year precision (the as-of rule).
    datePrecision: datePrecisionEnum("date_precision").notNull().default("day"),
    // When the position stopped counting (a membership left, method v2 rule 5), what ended it and its source.
    endedOn: date("ended_on", { mode: "string" }),
    endNote: text("end_note"),
    endSource: text("end_source"),
    // A moderator's withdrawal of the position: hides it from public views, reversible like any revision.
    hidesPosition: boolean("hides_position").notNull().default(false),
    comment: text("comment"),
    status: revisionStatusEnum("status").notNull().default("pending"),
    reviewerId: text("reviewer_id").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewReason: text("review_reason"),
  },
  (t) => [
    index("revisions_position_idx").on(t.positionId, t.id),
    index("revisions_queue_idx").on(t.status, t.createdAt),
    index("revisions_author_idx").on(t.authorId, t.createdAt),
    check("revisions_has_source", sql`cardinality(${t.sources}) >= 1`),
    // A month or year position is dated the last day of its period (a day or an upper bound is any day).
    check(
      "revisions_period_end",
      sql`${t.datePrecision} not in ('month', 'year') or (${t.statedOn} + 1) = date_trunc(case when ${t.datePrecision} = 'year' then 'year' else 'month' end, ${t.statedOn} + 1)::date`,
    ),
    check(
      "revisions_end",
      sql`(${t.endedOn} is null) = (${t.endSource} is null) and (${t.endedOn} is null) = (${t.endNote} is null) and (${t.endedOn} is null or ${t.endedOn} > ${t.statedOn})`,
    ),
    languageKnown("revisions_language_known", t.language),
    check("revisions_reviewed", sql`(${t.status} = 'pending') = (${t.reviewedAt} is null)`),
  ],
);
