import { sql } from "drizzle-orm";
import { boolean, char, check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { datePrecisionEnum, evidenceEnum, stanceEnum } from "./enums";
import { events } from "./events";
import { governments } from "./governments";
import { searchDocument } from "./search-document";
import { topics } from "./topics";

// One government's stance on one topic as stated on one date. Its content lives in
// revisions; the columns below `published` are a cache of the newest approved revision,
// written in the same transaction as every approval, so the as-of-date matrix is one
// indexed query instead of a join per cell.
export const positions = pgTable(
  "positions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    governmentIso3: char("government_iso3", { length: 3 })
      .notNull()
      .references(() => governments.iso3),
    topicSlug: text("topic_slug")
      .notNull()
      .references(() => topics.slug, { onUpdate: "cascade" }),
    statedOn: date("stated_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Cache of the newest approved revision (null/false until one is approved).
    published: boolean("published").notNull().default(false),
    currentRevisionId: integer("current_revision_id"),
    stance: stanceEnum("stance"),
    eventSlug: text("event_slug").references(() => events.slug, { onUpdate: "cascade" }),
    evidence: evidenceEnum("evidence").notNull().default("statement"),
    datePrecision: datePrecisionEnum("date_precision").notNull().default("day"),
    // From this day the position no longer counts as of a date (a membership left).
    endedOn: date("ended_on", { mode: "string" }),
    // Set by a moderator when sources disagree or the coding is disputed; readers see the note.
    // Not part of any revision: it says how sure the record is, not what the position says.
    contestedNote: text("contested_note"),
    contestedAt: timestamp("contested_at", { withTimezone: true }),
    contestedBy: text("contested_by").references(() => users.id),
    // The public records a dataset position was coded from, by title (db/dataset/record-pages/): written by the
    // dataset loader, so search finds a position by its record's name ("73/27", "Paris Call"); null for others.
    recordTitles: text("record_titles"),
    // What search finds the position by: its government's, topic's and event's names (in every language stored),
    // its current revision's summary, quote and sources. Kept by triggers (migration 0021), read only by search.
    searchDocument: searchDocument("search_document"),
  },
  (t) => [
    uniqueIndex("positions_identity_uq").on(t.governmentIso3, t.topicSlug, t.statedOn),
    // Serves "newest published position per government and topic with stated_on <= D".
    index("positions_as_of_idx")
      .on(t.topicSlug, t.governmentIso3, t.statedOn.desc())
      .where(sql`${t.published}`),
    index("positions_search_idx").using("gin", t.searchDocument),
    check("positions_contested", sql`(${t.contestedNote} is null) = (${t.contestedAt} is null)`),
  ],
);
