-- Each workspace keeps its number of members, so the first page of a member list carries its total
-- without counting every membership (a count that grows with the workspace). Triggers keep it in step
-- whatever adds or removes a membership: an invitation accepted, a removal, a member leaving, an
-- account deleted (the cascade).
ALTER TABLE workspaces ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE workspaces SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = workspaces.id);

CREATE TRIGGER member_count_insert AFTER INSERT ON memberships BEGIN UPDATE workspaces SET member_count = member_count + 1 WHERE id = new.workspace_id; END;

CREATE TRIGGER member_count_delete AFTER DELETE ON memberships BEGIN UPDATE workspaces SET member_count = member_count - 1 WHERE id = old.workspace_id; END;
