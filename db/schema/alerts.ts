import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";

// Email alerts (sent only when EMAIL_SERVER is set): a daily digest of approved changes to what the
// reader watches, and, for moderators who opt in, how many proposals wait for review. Each email
// carries a one-click unsubscribe link holding `unsubscribeToken` (it can only turn alerts off).

export const alertSettings = pgTable(
  "alert_settings",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    dailyDigest: boolean("daily_digest").notNull().default(false),
    proposalsWaiting: boolean("proposals_waiting").notNull().default(false),
    unsubscribeToken: text("unsubscribe_token").notNull().unique(),
    /** The end of the window the last digest covered; the next covers what was approved after it. */
    coveredUntil: timestamp("covered_until", { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    /** The language the alerts are written in: one of the site's six (server/i18n/locales.ts). */
    locale: text("locale").notNull().default("en"),
  },
  (t) => [check("alert_settings_locale_known", sql`${t.locale} IN ('en', 'ar', 'zh', 'fr', 'ru', 'es')`)],
);
