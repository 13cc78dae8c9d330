-- Each workspace keeps its number of members, so the first page of a member list carries its total
-- without counting every membership (a count that grows with the workspace). A trigger keeps it in
-- step whatever adds or removes a membership: an invitation accepted, a removal, a member leaving, an
-- account deleted (the cascade). The workspace's row is already locked by every change inside it.
ALTER TABLE workspaces ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE workspaces SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = workspaces.id);

CREATE FUNCTION nacre_member_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN UPDATE workspaces SET member_count = member_count + 1 WHERE id = NEW.workspace_id; ELSE UPDATE workspaces SET member_count = member_count - 1 WHERE id = OLD.workspace_id; END IF; RETURN NULL; END $$;

CREATE TRIGGER member_count AFTER INSERT OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION nacre_member_count();
