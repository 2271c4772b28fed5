import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { translationsColumn } from "./translations";

// A question on which governments take sides, with what each pole means for it.
export const topics = pgTable("topics", {
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  description: text("description").notNull(),
  multistakeholderPole: text("multistakeholder_pole").notNull(),
  intergovernmentalPole: text("intergovernmental_pole").notNull(),
  translations: translationsColumn<"title" | "description" | "multistakeholderPole" | "intergovernmentalPole">(),
  sortOrder: integer("sort_order").notNull().default(0),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
