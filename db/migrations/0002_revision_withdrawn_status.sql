ALTER TYPE "public"."revision_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TABLE "revisions" DROP COLUMN "withdrawn";