-- Two-factor sign-in: a secret waiting for its first code (enrolment), and the last time step a
-- code was used for, so one code cannot sign in twice. users.totp_secret (0001) holds the active one.
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
