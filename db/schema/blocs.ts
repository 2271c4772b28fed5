import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { datePrecisionEnum } from "./enums";
import { governments } from "./governments";
import { translationsColumn } from "./translations";

// A named group of governments (the EU, BRICS, a coalition) whose membership changes over time.
export const blocs = pgTable("blocs", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull(),
  /** What the list covers and what it leaves out; `complete` is false for a list marked partial. */
  coverageNote: text("coverage_note").notNull().default(""),
  complete: boolean("complete").notNull().default(true),
  translations: translationsColumn<"name" | "description" | "coverageNote">(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// One period of one government's membership, with the source it was read from. A member as of a
// date d: joined_on <= d and (left_on is null or d < left_on). Where the source gives only a year
// or a month, joined_on is the period's last day (counted from then, like a position's date).
export const blocMemberships = pgTable(
  "bloc_memberships",
  {
    id: serial("id").primaryKey(),
    blocSlug: text("bloc_slug")
      .notNull()
      .references(() => blocs.slug, { onUpdate: "cascade" }),
    governmentIso3: text("government_iso3")
      .notNull()
      .references(() => governments.iso3),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    joinedPrecision: datePrecisionEnum("joined_precision").notNull().default("day"),
    sourceUrl: text("source_url").notNull(),
    leftOn: date("left_on", { mode: "string" }),
    leftSourceUrl: text("left_source_url"),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("bloc_memberships_period_unique").on(t.blocSlug, t.governmentIso3, t.joinedOn),
    index("bloc_memberships_government_idx").on(t.governmentIso3),
    check("bloc_memberships_dates_ordered", sql`${t.leftOn} is null or ${t.leftOn} > ${t.joinedOn}`),
    check("bloc_memberships_left_has_source", sql`(${t.leftOn} is null) = (${t.leftSourceUrl} is null)`),
  ],
);
