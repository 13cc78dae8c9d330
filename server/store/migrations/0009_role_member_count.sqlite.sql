-- Each role keeps its number of members, so a role is read without counting its members (the
-- Roles table, every role lookup) and "is this the last Owner?" is one row, not a scan of the
-- workspace. Triggers keep it in step with every membership added, removed or moved to another role.
-- Also an index for "the invitation this member accepted" (a member's details).
ALTER TABLE roles ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE roles SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.role_id = roles.id);

CREATE TRIGGER role_count_insert AFTER INSERT ON memberships BEGIN UPDATE roles SET member_count = member_count + 1 WHERE id = new.role_id; END;

CREATE TRIGGER role_count_delete AFTER DELETE ON memberships BEGIN UPDATE roles SET member_count = member_count - 1 WHERE id = old.role_id; END;

CREATE TRIGGER role_count_update AFTER UPDATE OF role_id ON memberships WHEN old.role_id <> new.role_id BEGIN UPDATE roles SET member_count = member_count - 1 WHERE id = old.role_id; UPDATE roles SET member_count = member_count + 1 WHERE id = new.role_id; END;

CREATE INDEX invitations_by_email ON invitations (workspace_id, email, status);
