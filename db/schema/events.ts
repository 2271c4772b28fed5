import { sql } from "drizzle-orm";
import { check, date, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { translationsColumn } from "./translations";

// A forum or moment where positions are stated (WCIT-12, WTPF-13, ...).
export const events = pgTable(
  "events",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull(),
    place: text("place").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    translations: translationsColumn<"name" | "place">(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("events_dates_ordered", sql`${t.endDate} >= ${t.startDate}`)],
);
