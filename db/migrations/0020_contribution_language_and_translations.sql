-- Issue 27. Topics, events and blocs carry their texts in the site's other five languages (`translations`, per
-- language the fields translated so far; a missing one is shown in English, marked). A revision and a reply
-- record the language their author wrote in (one of the six; English for everything written before).
ALTER TABLE "topics" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "blocs" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_language_known" CHECK ("revisions"."language" IN ('en', 'ar', 'zh', 'fr', 'ru', 'es'));--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_language_known" CHECK ("replies"."language" IN ('en', 'ar', 'zh', 'fr', 'ru', 'es'));--> statement-breakpoint
-- The append-only rule (0004, 0007, 0017) also covers the language a revision was written in.
CREATE OR REPLACE FUNCTION revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'revisions are never deleted (revision %)', OLD.id;
  END IF;
  IF OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'revision % has already been reviewed', OLD.id;
  END IF;
  IF (NEW.id, NEW.position_id, NEW.base_revision_id, NEW.revert_of_id, NEW.author_id, NEW.created_at, NEW.stance,
      NEW.stated_on, NEW.event_slug, NEW.summary, NEW.quote, NEW.sources, NEW.hides_position, NEW.comment,
      NEW.evidence, NEW.date_precision, NEW.ended_on, NEW.end_note, NEW.end_source, NEW.language)
     IS DISTINCT FROM
     (OLD.id, OLD.position_id, OLD.base_revision_id, OLD.revert_of_id, OLD.author_id, OLD.created_at, OLD.stance,
      OLD.stated_on, OLD.event_slug, OLD.summary, OLD.quote, OLD.sources, OLD.hides_position, OLD.comment,
      OLD.evidence, OLD.date_precision, OLD.ended_on, OLD.end_note, OLD.end_source, OLD.language) THEN
    RAISE EXCEPTION 'the content of revision % cannot change; add a new revision', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
