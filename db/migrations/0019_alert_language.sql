-- The language a reader's email alerts are written in (the digest, its links): one of the six UN languages the site
-- speaks (server/i18n/locales.ts), chosen with the alert settings; English for the settings saved before.
ALTER TABLE "alert_settings" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_settings" ADD CONSTRAINT "alert_settings_locale_known" CHECK ("alert_settings"."locale" IN ('en', 'ar', 'zh', 'fr', 'ru', 'es'));
