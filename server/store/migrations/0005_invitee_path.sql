-- "Forgot password?": single-use codes, mailed, stored hashed, short-lived. A used or superseded
-- code keeps its row (used_at set) so how many were mailed lately can be counted.
CREATE TABLE password_resets (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE INDEX password_resets_by_user ON password_resets (user_id, created_at);

-- Requests counted per client address, whatever account they named (or whether it exists): the
-- throttle for endpoints that must answer the same for known and unknown accounts.
CREATE TABLE address_marks (
    kind TEXT NOT NULL,
    address TEXT NOT NULL,
    marked_at BIGINT NOT NULL
);

CREATE INDEX address_marks_by_kind_address ON address_marks (kind, address, marked_at);

-- The role invitations offer by default. NULL: the workspace's built-in Member role (which nacred adds
-- at start to workspaces created before it existed).
ALTER TABLE workspaces ADD COLUMN default_role_id TEXT REFERENCES roles (id) ON DELETE SET NULL;
