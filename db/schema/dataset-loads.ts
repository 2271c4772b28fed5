import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Which reference-dataset files this database has received, by name and SHA-256: a file is
// loaded once, and again only when its content changes (an upgrade brings a new version).
export const datasetLoads = pgTable("dataset_loads", {
  fileName: text("file_name").primaryKey(),
  sha256: text("sha256").notNull(),
  rows: integer("rows").notNull(),
  counts: jsonb("counts").$type<{ created: number; updated: number; unchanged: number; kept: number }>().notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});
