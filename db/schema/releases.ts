import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";

// A data release: a numbered, frozen snapshot of every approved position, with its files. Rows are
// only inserted, never changed or deleted (migration 0011's triggers), so a release cited stays
// the release cited.

/** What changed since the release before: positions added, changed (with the fields) and withdrawn. */
export type ReleaseChange = { id: number; government: string; topic: string; stance: string; fields?: string[] };
export type ReleaseChangelog = {
  previous: number | null;
  added: ReleaseChange[];
  changed: ReleaseChange[];
  withdrawn: ReleaseChange[];
};

export const releases = pgTable(
  "releases",
  {
    version: integer("version").primaryKey(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who published it; null when it was published from the command line (`npm run release`). */
    publishedBy: text("published_by").references(() => users.id),
    note: text("note").notNull(),
    positionCount: integer("position_count").notNull(),
    governmentCount: integer("government_count").notNull(),
    topicCount: integer("topic_count").notNull(),
    sourceCount: integer("source_count").notNull(),
    changelog: jsonb("changelog").$type<ReleaseChangelog>().notNull(),
  },
  (t) => [check("releases_version_positive", sql`${t.version} > 0`)],
);

/** A release's files (positions.csv, positions.json): their bytes as published, and a SHA-256 of them. */
export const releaseFiles = pgTable(
  "release_files",
  {
    releaseVersion: integer("release_version")
      .notNull()
      .references(() => releases.version),
    name: text("name").notNull(),
    mediaType: text("media_type").notNull(),
    body: text("body").notNull(),
    bytes: integer("bytes").notNull(),
    sha256: text("sha256").notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseVersion, t.name] })],
);
