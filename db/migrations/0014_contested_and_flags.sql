CREATE TYPE "public"."flag_status" AS ENUM('open', 'contested', 'edited', 'dismissed');--> statement-breakpoint
CREATE TABLE "flags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"position_id" integer NOT NULL,
	"author_id" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "flag_status" DEFAULT 'open' NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	CONSTRAINT "flags_resolved" CHECK (("flags"."status" = 'open') = ("flags"."resolved_at" is null))
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "contested_note" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "contested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "contested_by" text;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_open_uq" ON "flags" USING btree ("position_id","author_id") WHERE "flags"."status" = 'open';--> statement-breakpoint
CREATE INDEX "flags_open_idx" ON "flags" USING btree ("created_at") WHERE "flags"."status" = 'open';--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_contested_by_users_id_fk" FOREIGN KEY ("contested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_contested" CHECK (("positions"."contested_note" is null) = ("positions"."contested_at" is null));--> statement-breakpoint
-- Contesting a position updates its row, so the pages showing it are dropped like any change (0008).
-- The public log shows contests as moderation decisions.
DROP TRIGGER moderation_log_announce ON audit_log;--> statement-breakpoint
CREATE TRIGGER moderation_log_announce AFTER INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.action IN ('revision.approve', 'revision.self_approve', 'revision.patrol', 'revision.reject', 'revision.revert', 'position.withdraw', 'position.contest', 'position.uncontest'))
  EXECUTE FUNCTION moderation_log_announce();
