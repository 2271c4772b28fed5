-- The append-only tables (0004, 0005, 0011) refuse UPDATE and DELETE row by row, but TRUNCATE fires
-- no row triggers: one statement would empty the history, the audit log or a published release.
-- A statement-level BEFORE TRUNCATE trigger refuses it (also when reached through TRUNCATE … CASCADE).
CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only and cannot be truncated', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER revisions_refuse_truncate BEFORE TRUNCATE ON revisions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_log_refuse_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER releases_refuse_truncate BEFORE TRUNCATE ON releases
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER release_files_refuse_truncate BEFORE TRUNCATE ON release_files
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
