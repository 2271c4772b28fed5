-- The append-only rule (0004) also covers the evidence kind and the date precision added in 0006.
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
      NEW.evidence, NEW.date_precision)
     IS DISTINCT FROM
     (OLD.id, OLD.position_id, OLD.base_revision_id, OLD.revert_of_id, OLD.author_id, OLD.created_at, OLD.stance,
      OLD.stated_on, OLD.event_slug, OLD.summary, OLD.quote, OLD.sources, OLD.hides_position, OLD.comment,
      OLD.evidence, OLD.date_precision) THEN
    RAISE EXCEPTION 'the content of revision % cannot change; add a new revision', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
