-- Mail waiting to be sent, and what became of it. A mail is queued in the transaction of the change
-- that causes it (an invitation, a resend, a password reset), so a crash never loses one; a worker in
-- some nacred claims it (state 'sending', with a lease that lapses if that process dies), sends it,
-- and records the outcome. `message` is the whole RFC 5322 message, ASCII only; it holds the
-- invitation or reset code, so it is cleared as soon as the mail is sent or given up.
CREATE TABLE mail_queue (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    invitation_id TEXT REFERENCES invitations (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    message TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX mail_queue_due ON mail_queue (state, next_attempt_at);

CREATE INDEX mail_queue_by_invitation ON mail_queue (invitation_id, created_at);
