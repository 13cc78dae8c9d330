-- Workspace API keys: a secret ("nk_…") shown once at creation and kept only as its SHA-256, a name,
-- the permissions it may use (a subset of its creator's, space-separated), who made it and when, when
-- it expires, and where and when it was last used. Revoked keys stay (the audit log names them) but
-- never authenticate again; a workspace's keys go with it.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    permissions TEXT NOT NULL,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_by_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    last_used_at BIGINT,
    last_used_address TEXT,
    revoked_at BIGINT
);
CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, created_at);
