-- Revisions are append-only: after insert only the review fields may change (once, from
-- pending), and no revision is ever deleted. The database enforces it, whatever the code does.
CREATE FUNCTION revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'revisions are never deleted (revision %)', OLD.id;
  END IF;
  IF OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'revision % has already been reviewed', OLD.id;
  END IF;
  IF (NEW.id, NEW.position_id, NEW.base_revision_id, NEW.revert_of_id, NEW.author_id, NEW.created_at, NEW.stance,
      NEW.stated_on, NEW.event_slug, NEW.summary, NEW.quote, NEW.sources, NEW.hides_position, NEW.comment)
     IS DISTINCT FROM
     (OLD.id, OLD.position_id, OLD.base_revision_id, OLD.revert_of_id, OLD.author_id, OLD.created_at, OLD.stance,
      OLD.stated_on, OLD.event_slug, OLD.summary, OLD.quote, OLD.sources, OLD.hides_position, OLD.comment) THEN
    RAISE EXCEPTION 'the content of revision % cannot change; add a new revision', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
  FOR EACH ROW EXECUTE FUNCTION revisions_append_only();
