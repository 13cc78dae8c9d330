-- Each role keeps its number of members, so a role is read without counting its members (the
-- Roles table, every role lookup) and "is this the last Owner?" is one row, not a scan of the
-- workspace. A trigger keeps it in step with every membership added, removed or moved to another
-- role. Also an index for "the invitation this member accepted" (a member's details).
ALTER TABLE roles ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE roles SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.role_id = roles.id);

CREATE FUNCTION nacre_role_member_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP IN ('DELETE', 'UPDATE') THEN UPDATE roles SET member_count = member_count - 1 WHERE id = OLD.role_id; END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN UPDATE roles SET member_count = member_count + 1 WHERE id = NEW.role_id; END IF; RETURN NULL; END $$;

CREATE TRIGGER role_member_count_change AFTER INSERT OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION nacre_role_member_count();

CREATE TRIGGER role_member_count_move AFTER UPDATE OF role_id ON memberships FOR EACH ROW WHEN (OLD.role_id IS DISTINCT FROM NEW.role_id) EXECUTE FUNCTION nacre_role_member_count();

CREATE INDEX invitations_by_email ON invitations (workspace_id, email, status);
