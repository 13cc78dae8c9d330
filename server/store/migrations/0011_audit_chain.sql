-- Tamper evidence for the audit log: each workspace's events form a hash chain. An event stores its
-- place in the chain (seq, from 1), the hash of the event before it and its own hash over its content
-- and that link. The workspace row keeps the chain's length and last hash, so deleting the newest
-- events shows too. Events written before this migration are linked by nacred when it starts
-- (AuditChain::linkUnchained), in the order they happened.
--
-- The actor's kind tells a member from an API key (the key's id and name) and from the system
-- (no actor: an anonymous or automatic event).
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;
ALTER TABLE audit_events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'member';
UPDATE audit_events SET actor_kind = 'system' WHERE actor_id IS NULL;
ALTER TABLE workspaces ADD COLUMN audit_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE workspaces ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX audit_events_chain ON audit_events (workspace_id, seq);
CREATE INDEX audit_events_by_target ON audit_events (workspace_id, target_id, occurred_at);
