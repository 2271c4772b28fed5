ALTER TABLE "positions" ADD COLUMN "record_titles" text;--> statement-breakpoint
-- A dataset position is found by the names of the public records it was coded from too (weight A, like its
-- government's and topic's names). The dataset loader writes them (server/services/record-titles.ts).
CREATE OR REPLACE FUNCTION position_search_document(p positions) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', concat_ws(' ', g.name, t.title, e.name, e.place, p.record_titles)), 'A')
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
DROP TRIGGER positions_search_document ON positions;
--> statement-breakpoint
CREATE TRIGGER positions_search_document BEFORE INSERT OR UPDATE OF
  current_revision_id, government_iso3, topic_slug, event_slug, search_document, record_titles
  ON positions FOR EACH ROW EXECUTE FUNCTION positions_search_document();
--> statement-breakpoint
-- Record titles are words to search by, not what a page shows: writing them announces no change (as 0021's documents).
CREATE OR REPLACE FUNCTION positions_updated_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed((
    SELECT '{"positions":' || json_agg(json_build_array(n.id, n.government_iso3, n.topic_slug))::text || '}'
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.published OR o.published)
      AND (to_jsonb(n) - 'search_document' - 'record_titles') IS DISTINCT FROM (to_jsonb(o) - 'search_document' - 'record_titles')
  ));
  RETURN NULL;
END;
$$;
