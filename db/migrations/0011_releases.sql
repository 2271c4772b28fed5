CREATE TABLE "release_files" (
	"release_version" integer NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"body" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	CONSTRAINT "release_files_release_version_name_pk" PRIMARY KEY("release_version","name")
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"version" integer PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"note" text NOT NULL,
	"position_count" integer NOT NULL,
	"government_count" integer NOT NULL,
	"topic_count" integer NOT NULL,
	"source_count" integer NOT NULL,
	"changelog" jsonb NOT NULL,
	CONSTRAINT "releases_version_positive" CHECK ("releases"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "release_files" ADD CONSTRAINT "release_files_release_version_releases_version_fk" FOREIGN KEY ("release_version") REFERENCES "public"."releases"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A release is published once and never changes: its row and its files are only inserted. A
-- citation of release N names the same bytes for as long as the database lives.
CREATE FUNCTION releases_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'releases' THEN
    RAISE EXCEPTION 'release % is published and cannot change', OLD.version;
  END IF;
  RAISE EXCEPTION 'the files of release % are published and cannot change', OLD.release_version;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER releases_immutable BEFORE UPDATE OR DELETE ON releases
  FOR EACH ROW EXECUTE FUNCTION releases_immutable();
--> statement-breakpoint
CREATE TRIGGER release_files_immutable BEFORE UPDATE OR DELETE ON release_files
  FOR EACH ROW EXECUTE FUNCTION releases_immutable();
--> statement-breakpoint
-- A new release is announced like the rest (0008): {"releases":true}.
CREATE FUNCTION releases_changed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed('{"releases":true}');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER releases_changed_announce AFTER INSERT ON releases
  FOR EACH ROW EXECUTE FUNCTION releases_changed_announce();
