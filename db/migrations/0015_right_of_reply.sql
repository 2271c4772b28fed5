CREATE TABLE "replies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"position_id" integer NOT NULL,
	"government_iso3" char(3) NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by" text,
	"hidden_reason" text,
	CONSTRAINT "replies_body_length" CHECK (char_length("replies"."body") between 1 and 2000),
	CONSTRAINT "replies_hidden" CHECK (("replies"."hidden_at" is null) = ("replies"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "representatives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "representatives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"government_iso3" char(3) NOT NULL,
	"verification_note" text NOT NULL,
	"granted_by" text,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_by" text,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	CONSTRAINT "representatives_revoked" CHECK (("representatives"."revoked_at" is null) = ("representatives"."revoke_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_government_iso3_governments_iso3_fk" FOREIGN KEY ("government_iso3") REFERENCES "public"."governments"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_government_iso3_governments_iso3_fk" FOREIGN KEY ("government_iso3") REFERENCES "public"."governments"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replies_position_idx" ON "replies" USING btree ("position_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "representatives_active_uq" ON "representatives" USING btree ("user_id") WHERE "representatives"."revoked_at" is null;--> statement-breakpoint
-- A reply is shown beside its position: posting or hiding one drops the cached pages that show the
-- position (its page, its government's and topic's), announced like a change to the position (0008).
CREATE FUNCTION replies_changed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed((
    SELECT '{"positions":' || json_agg(json_build_array(p.id, p.government_iso3, p.topic_slug))::text || '}'
    FROM positions p WHERE p.id = NEW.position_id
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER replies_changed_announce AFTER INSERT OR UPDATE ON replies
  FOR EACH ROW EXECUTE FUNCTION replies_changed_announce();
--> statement-breakpoint
-- A hidden reply is a moderation decision: the public log shows it (0012).
DROP TRIGGER moderation_log_announce ON audit_log;--> statement-breakpoint
CREATE TRIGGER moderation_log_announce AFTER INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.action IN ('revision.approve', 'revision.self_approve', 'revision.patrol', 'revision.reject', 'revision.revert', 'position.withdraw', 'position.contest', 'position.uncontest', 'reply.hide'))
  EXECUTE FUNCTION moderation_log_announce();
