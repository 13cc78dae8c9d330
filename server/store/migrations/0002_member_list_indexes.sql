-- Member lists page through tens of thousands of rows in name, email, join or activity order.
-- Each order gets an index on memberships that starts with the workspace, so a page is a short
-- index range scan whatever the workspace's size. Name and email are copied into memberships
-- for that (kept in step by the store when a name changes; emails do not change).

ALTER TABLE memberships ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';

ALTER TABLE memberships ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';

UPDATE memberships SET
    sort_name = (SELECT u.sort_name FROM users u WHERE u.id = memberships.user_id),
    sort_email = (SELECT u.email FROM users u WHERE u.id = memberships.user_id);

-- "Never active" is 0, not NULL, so that keyset comparisons on activity see every member.
UPDATE memberships SET last_active_at = 0 WHERE last_active_at IS NULL;

CREATE INDEX memberships_by_name ON memberships (workspace_id, sort_name, user_id);

CREATE INDEX memberships_by_email ON memberships (workspace_id, sort_email, user_id);

CREATE INDEX memberships_by_joined ON memberships (workspace_id, joined_at, user_id);

CREATE INDEX memberships_by_last_active ON memberships (workspace_id, last_active_at, user_id);
