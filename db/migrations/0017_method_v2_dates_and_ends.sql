ALTER TYPE "public"."date_precision" ADD VALUE 'on_or_before';--> statement-breakpoint
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_period_end";--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "end_note" text;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "end_source" text;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_end" CHECK (("revisions"."ended_on" is null) = ("revisions"."end_source" is null) and ("revisions"."ended_on" is null) = ("revisions"."end_note" is null) and ("revisions"."ended_on" is null or "revisions"."ended_on" > "revisions"."stated_on"));--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_period_end" CHECK ("revisions"."date_precision" not in ('month', 'year') or ("revisions"."stated_on" + 1) = date_trunc(case when "revisions"."date_precision" = 'year' then 'year' else 'month' end, "revisions"."stated_on" + 1)::date);--> statement-breakpoint
-- The append-only rule (0004, 0007) also covers a position's end, added above.
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
      NEW.evidence, NEW.date_precision, NEW.ended_on, NEW.end_note, NEW.end_source)
     IS DISTINCT FROM
     (OLD.id, OLD.position_id, OLD.base_revision_id, OLD.revert_of_id, OLD.author_id, OLD.created_at, OLD.stance,
      OLD.stated_on, OLD.event_slug, OLD.summary, OLD.quote, OLD.sources, OLD.hides_position, OLD.comment,
      OLD.evidence, OLD.date_precision, OLD.ended_on, OLD.end_note, OLD.end_source) THEN
    RAISE EXCEPTION 'the content of revision % cannot change; add a new revision', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
