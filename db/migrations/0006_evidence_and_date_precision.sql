CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('statement', 'vote', 'submission', 'endorsement');--> statement-breakpoint
CREATE TABLE "dataset_loads" (
	"file_name" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"rows" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "evidence" "evidence_kind" DEFAULT 'statement' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "date_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "evidence" "evidence_kind" DEFAULT 'statement' NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "date_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_period_end" CHECK ("revisions"."date_precision" = 'day' or ("revisions"."stated_on" + 1) = date_trunc(case when "revisions"."date_precision" = 'year' then 'year' else 'month' end, "revisions"."stated_on" + 1)::date);