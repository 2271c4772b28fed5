import { integer, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

// Rate-limit counters live in the database so that every app server shares them
// (the shape rate-limiter-flexible's RateLimiterDrizzle expects: key, points, expire).
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true, mode: "date" }),
});
