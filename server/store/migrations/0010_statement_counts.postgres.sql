-- The member counts of 0008 and 0009, kept per statement instead of per row. Row-level triggers made
-- a statement that adds, removes or moves many memberships in one transaction (a role deleted with
-- moveTo, a workspace's cascaded deletion) update one workspace or role row once per member, each
-- update walking that row's earlier versions: quadratic. Transition tables give a statement's rows at
-- once. A membership update that keeps its role (activity, versions) changes no count.
DROP TRIGGER member_count ON memberships;

DROP TRIGGER role_member_count_change ON memberships;

DROP TRIGGER role_member_count_move ON memberships;

DROP FUNCTION nacre_member_count();

DROP FUNCTION nacre_role_member_count();

CREATE FUNCTION nacre_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE workspaces w SET member_count = w.member_count + a.n FROM (SELECT workspace_id, COUNT(*) AS n FROM added GROUP BY workspace_id) a WHERE w.id = a.workspace_id; UPDATE roles r SET member_count = r.member_count + a.n FROM (SELECT role_id, COUNT(*) AS n FROM added GROUP BY role_id) a WHERE r.id = a.role_id; RETURN NULL; END $$;

CREATE FUNCTION nacre_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE workspaces w SET member_count = w.member_count - d.n FROM (SELECT workspace_id, COUNT(*) AS n FROM removed GROUP BY workspace_id) d WHERE w.id = d.workspace_id; UPDATE roles r SET member_count = r.member_count - d.n FROM (SELECT role_id, COUNT(*) AS n FROM removed GROUP BY role_id) d WHERE r.id = d.role_id; RETURN NULL; END $$;

CREATE FUNCTION nacre_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE roles r SET member_count = r.member_count - m.n FROM (SELECT o.role_id, COUNT(*) AS n FROM before_move o JOIN after_move a USING (workspace_id, user_id) WHERE o.role_id <> a.role_id GROUP BY o.role_id) m WHERE r.id = m.role_id; UPDATE roles r SET member_count = r.member_count + m.n FROM (SELECT a.role_id, COUNT(*) AS n FROM before_move o JOIN after_move a USING (workspace_id, user_id) WHERE o.role_id <> a.role_id GROUP BY a.role_id) m WHERE r.id = m.role_id; RETURN NULL; END $$;

CREATE TRIGGER member_counts_added AFTER INSERT ON memberships REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION nacre_counts_added();

CREATE TRIGGER member_counts_removed AFTER DELETE ON memberships REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION nacre_counts_removed();

CREATE TRIGGER member_counts_moved AFTER UPDATE ON memberships REFERENCING OLD TABLE AS before_move NEW TABLE AS after_move FOR EACH STATEMENT EXECUTE FUNCTION nacre_counts_moved();
