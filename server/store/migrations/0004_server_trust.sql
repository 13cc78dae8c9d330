-- Idle time counts what a person did: last_active_at moves only with requests the person made,
-- last_seen_at with every request (the app's own refreshes included).
ALTER TABLE sessions ADD COLUMN last_active_at BIGINT NOT NULL DEFAULT 0;

UPDATE sessions SET last_active_at = last_seen_at;

-- Who vouches for an invitation's role: the inviter, or whoever renewed it last. Accepting checks
-- that this person may still give the role.
ALTER TABLE invitations ADD COLUMN granted_by TEXT REFERENCES users (id) ON DELETE SET NULL;

UPDATE invitations SET granted_by = invited_by;

-- An account's own security log: sign-ins, failures, credential and profile changes.
CREATE TABLE security_events (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    address TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);

CREATE INDEX security_events_by_user ON security_events (user_id, occurred_at, id);

-- A deleted workspace's audit log goes with it; this row outlives it: who deleted what, when.
CREATE TABLE workspace_deletions (
    workspace_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    deleted_by TEXT,
    deleted_by_name TEXT,
    member_count INTEGER NOT NULL,
    address TEXT NOT NULL,
    deleted_at BIGINT NOT NULL
);

CREATE INDEX login_attempts_by_email_address ON login_attempts (email, address, attempted_at);
