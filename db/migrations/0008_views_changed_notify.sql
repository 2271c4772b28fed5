-- Every change to what public pages show is announced on the channel `stance_atlas_views`,
-- in the transaction that makes it: PostgreSQL delivers a notification only when that
-- transaction commits, so a failed write announces nothing. App servers listen and drop
-- exactly the cached pages that show the changed rows (server/cache/).
-- Payloads: {"positions":[[id,"ISO3","topic-slug"],…]}, {"topics":["slug",…]}, {"events":true},
-- {"all":true} (a display name changed, or a batch too large for one 8,000-byte payload).
CREATE FUNCTION announce_views_changed(payload text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF payload IS NOT NULL THEN
    PERFORM pg_notify('stance_atlas_views', CASE WHEN octet_length(payload) <= 7900 THEN payload ELSE '{"all":true}' END);
  END IF;
END;
$$;
--> statement-breakpoint
-- Positions: one notification per statement (an import publishes a thousand rows at once),
-- naming only rows that are, or were, public: a pending proposal changes no public page.
CREATE FUNCTION positions_inserted_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed((
    SELECT '{"positions":' || json_agg(json_build_array(n.id, n.government_iso3, n.topic_slug))::text || '}'
    FROM new_rows n WHERE n.published
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION positions_updated_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed((
    SELECT '{"positions":' || json_agg(json_build_array(n.id, n.government_iso3, n.topic_slug))::text || '}'
    FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.published OR o.published
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER positions_inserted_announce AFTER INSERT ON positions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION positions_inserted_announce();
--> statement-breakpoint
CREATE TRIGGER positions_updated_announce AFTER UPDATE ON positions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION positions_updated_announce();
--> statement-breakpoint
CREATE FUNCTION topics_changed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM announce_views_changed(json_build_object('topics', json_build_array(NEW.slug))::text);
  ELSE
    PERFORM announce_views_changed(json_build_object('topics', json_build_array(OLD.slug, NEW.slug))::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER topics_changed_announce AFTER INSERT OR UPDATE ON topics
  FOR EACH ROW EXECUTE FUNCTION topics_changed_announce();
--> statement-breakpoint
CREATE FUNCTION events_changed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed('{"events":true}');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_changed_announce AFTER INSERT OR UPDATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_changed_announce();
--> statement-breakpoint
-- Display names appear beside every change and in every history: a rename is rare, and drops everything.
CREATE FUNCTION users_renamed_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed('{"all":true}');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_renamed_announce AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION users_renamed_announce();
