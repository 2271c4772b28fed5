CREATE TYPE "public"."patrol_outcome" AS ENUM('patrolled', 'reverted');--> statement-breakpoint
CREATE TABLE "patrols" (
	"revision_id" integer PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" "patrol_outcome",
	"patrolled_by" text,
	"patrolled_at" timestamp with time zone,
	CONSTRAINT "patrols_decided" CHECK (("patrols"."outcome" is null) = ("patrols"."patrolled_at" is null))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "trusted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "patrols" ADD CONSTRAINT "patrols_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patrols" ADD CONSTRAINT "patrols_patrolled_by_users_id_fk" FOREIGN KEY ("patrolled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patrols_open_idx" ON "patrols" USING btree ("created_at") WHERE "patrols"."outcome" is null;--> statement-breakpoint
-- The public log (0012) also shows patrols.
DROP TRIGGER moderation_log_announce ON audit_log;--> statement-breakpoint
CREATE TRIGGER moderation_log_announce AFTER INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.action IN ('revision.approve', 'revision.self_approve', 'revision.patrol', 'revision.reject', 'revision.revert', 'position.withdraw'))
  EXECUTE FUNCTION moderation_log_announce();
