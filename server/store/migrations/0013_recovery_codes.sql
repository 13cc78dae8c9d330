-- Two-factor recovery codes: ten single-use codes issued when two-factor sign-in is turned on (and
-- again when the person regenerates them), each kept only as its SHA-256; a used one keeps its row
-- with the time it was used. Turning two-factor off deletes them.
CREATE TABLE recovery_codes (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id);
