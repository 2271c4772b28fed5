CREATE TABLE "bloc_memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"bloc_slug" text NOT NULL,
	"government_iso3" text NOT NULL,
	"joined_on" date NOT NULL,
	"joined_precision" date_precision DEFAULT 'day' NOT NULL,
	"source_url" text NOT NULL,
	"left_on" date,
	"left_source_url" text,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_memberships_period_unique" UNIQUE("bloc_slug","government_iso3","joined_on"),
	CONSTRAINT "bloc_memberships_dates_ordered" CHECK ("bloc_memberships"."left_on" is null or "bloc_memberships"."left_on" > "bloc_memberships"."joined_on"),
	CONSTRAINT "bloc_memberships_left_has_source" CHECK (("bloc_memberships"."left_on" is null) = ("bloc_memberships"."left_source_url" is null))
);
--> statement-breakpoint
CREATE TABLE "blocs" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"coverage_note" text DEFAULT '' NOT NULL,
	"complete" boolean DEFAULT true NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_bloc_slug_blocs_slug_fk" FOREIGN KEY ("bloc_slug") REFERENCES "public"."blocs"("slug") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_government_iso3_governments_iso3_fk" FOREIGN KEY ("government_iso3") REFERENCES "public"."governments"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bloc_memberships_government_idx" ON "bloc_memberships" USING btree ("government_iso3");--> statement-breakpoint
-- A change to a bloc or its memberships is announced like the rest (0008): {"blocs":["slug",…]}.
CREATE FUNCTION blocs_changed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'blocs' THEN
    PERFORM announce_views_changed(json_build_object('blocs', json_build_array(NEW.slug))::text);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM announce_views_changed(json_build_object('blocs', json_build_array(OLD.bloc_slug, NEW.bloc_slug))::text);
  ELSE
    PERFORM announce_views_changed(json_build_object('blocs', json_build_array(NEW.bloc_slug))::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER blocs_changed_announce AFTER INSERT OR UPDATE ON blocs
  FOR EACH ROW EXECUTE FUNCTION blocs_changed_announce();
--> statement-breakpoint
CREATE TRIGGER bloc_memberships_changed_announce AFTER INSERT OR UPDATE ON bloc_memberships
  FOR EACH ROW EXECUTE FUNCTION blocs_changed_announce();
