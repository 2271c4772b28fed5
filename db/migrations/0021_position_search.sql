-- Issue 28: search. Each position carries the full-text document it is found by (English text search: stems,
-- stop words): its government's name, its topic's title and its event's name and place, with their stored
-- translations (weight A); its current revision's summary and quote (B); its sources' addresses (C). A trigger
-- keeps it: on every write to a position's identity or current revision, and when a topic's or an event's
-- words change. Pending proposals are not in it (a position's current revision is its newest approved one).
ALTER TABLE "positions" ADD COLUMN "search_document" "tsvector";--> statement-breakpoint
CREATE INDEX "positions_search_idx" ON "positions" USING gin ("search_document");--> statement-breakpoint
CREATE FUNCTION position_search_document(p positions) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', concat_ws(' ', g.name, t.title, e.name, e.place)), 'A')
      || setweight(jsonb_to_tsvector('english', t.translations, '["string"]'), 'A')
      || setweight(jsonb_to_tsvector('english', coalesce(e.translations, '{}'::jsonb), '["string"]'), 'A')
      || setweight(to_tsvector('english', concat_ws(' ', r.summary, r.quote)), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(r.sources, ' '), '')), 'C')
  FROM governments g
  JOIN topics t ON t.slug = p.topic_slug
  LEFT JOIN events e ON e.slug = p.event_slug
  LEFT JOIN revisions r ON r.id = p.current_revision_id
  WHERE g.iso3 = p.government_iso3
$$;
--> statement-breakpoint
CREATE FUNCTION positions_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_document := position_search_document(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Setting search_document (to anything) recomputes it: how the topics' and events' triggers refresh it.
CREATE TRIGGER positions_search_document BEFORE INSERT OR UPDATE OF
  current_revision_id, government_iso3, topic_slug, event_slug, search_document
  ON positions FOR EACH ROW EXECUTE FUNCTION positions_search_document();
--> statement-breakpoint
CREATE FUNCTION topics_search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE positions SET search_document = NULL WHERE topic_slug = NEW.slug;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER topics_search_words_changed AFTER UPDATE OF title, translations ON topics
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.translations IS DISTINCT FROM NEW.translations)
  EXECUTE FUNCTION topics_search_words_changed();
--> statement-breakpoint
CREATE FUNCTION events_search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE positions SET search_document = NULL WHERE event_slug = NEW.slug;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_search_words_changed AFTER UPDATE OF name, place, translations ON events
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.place IS DISTINCT FROM NEW.place
    OR OLD.translations IS DISTINCT FROM NEW.translations)
  EXECUTE FUNCTION events_search_words_changed();
--> statement-breakpoint
-- A refreshed search document changes no page: positions whose other columns are as they were are not announced
-- (0008's rule otherwise), so a topic's new title drops that topic's pages, not every government's.
CREATE OR REPLACE FUNCTION positions_updated_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed((
    SELECT '{"positions":' || json_agg(json_build_array(n.id, n.government_iso3, n.topic_slug))::text || '}'
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.published OR o.published)
      AND (to_jsonb(n) - 'search_document') IS DISTINCT FROM (to_jsonb(o) - 'search_document')
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
UPDATE positions SET search_document = NULL;
