-- Nacre's first schema. Kept to SQL that SQLite and PostgreSQL both read the same way:
-- TEXT ids (random UUIDs), BIGINT times (milliseconds since the epoch, UTC), INTEGER flags (0/1).
-- Statements are separated by a semicolon at the end of a line (the migrator runs them one by one).

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    totp_secret TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    billing_email TEXT,
    notifications_email TEXT,
    newsletter INTEGER NOT NULL DEFAULT 0,
    session_timeout_minutes INTEGER NOT NULL,
    public_recordings INTEGER NOT NULL DEFAULT 0,
    require_two_factor INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE subscriptions (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    plan TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    builtin TEXT NOT NULL DEFAULT 'none',
    permissions TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    UNIQUE (workspace_id, name_key)
);

CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id),
    joined_at BIGINT NOT NULL,
    last_active_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (workspace_id, user_id)
);

CREATE INDEX memberships_by_role ON memberships (role_id);

CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT
);

CREATE UNIQUE INDEX invitations_one_pending_per_email ON invitations (workspace_id, email) WHERE status = 'pending';

CREATE INDEX invitations_by_role ON invitations (role_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    address TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    revoked_at BIGINT
);

CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE login_attempts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    succeeded INTEGER NOT NULL,
    attempted_at BIGINT NOT NULL
);

CREATE INDEX login_attempts_by_email ON login_attempts (email, attempted_at);

CREATE INDEX login_attempts_by_address ON login_attempts (address, attempted_at);

CREATE TABLE audit_events (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    actor_id TEXT,
    actor_name TEXT,
    event_type TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    address TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);

CREATE INDEX audit_events_by_workspace ON audit_events (workspace_id, occurred_at, id);
