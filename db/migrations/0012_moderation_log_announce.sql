-- A moderation decision is announced like the rest (0008): {"log":true}, so the public moderation
-- log (/log) is dropped from the page cache at once, whichever code path decided.
CREATE FUNCTION moderation_log_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM announce_views_changed('{"log":true}');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER moderation_log_announce AFTER INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.action IN ('revision.approve', 'revision.self_approve', 'revision.reject', 'revision.revert', 'position.withdraw'))
  EXECUTE FUNCTION moderation_log_announce();
