-- Member search by any part of a name or an address, without reading every member: an FTS5 index
-- with the trigram tokenizer (SQLite 3.34+) over the normalized name and the address. It keeps its own
-- copy of the text (rowids of memberships change on VACUUM, so it is not an external-content
-- index); user_id is indexed too, so the triggers find a member's row by MATCH. Queries of fewer than
-- three characters have no trigram and scan instead (MemberStore).
CREATE VIRTUAL TABLE member_search USING fts5 (workspace_id UNINDEXED, user_id, sort_name, sort_email, tokenize = 'trigram');

INSERT INTO member_search (workspace_id, user_id, sort_name, sort_email)
    SELECT workspace_id, user_id, sort_name, sort_email FROM memberships;

CREATE TRIGGER member_search_insert AFTER INSERT ON memberships BEGIN INSERT INTO member_search (workspace_id, user_id, sort_name, sort_email) VALUES (new.workspace_id, new.user_id, new.sort_name, new.sort_email); END;

CREATE TRIGGER member_search_delete AFTER DELETE ON memberships BEGIN DELETE FROM member_search WHERE member_search MATCH 'user_id : "' || old.user_id || '"' AND workspace_id = old.workspace_id; END;

CREATE TRIGGER member_search_update AFTER UPDATE OF sort_name, sort_email ON memberships BEGIN DELETE FROM member_search WHERE member_search MATCH 'user_id : "' || old.user_id || '"' AND workspace_id = old.workspace_id; INSERT INTO member_search (workspace_id, user_id, sort_name, sort_email) VALUES (new.workspace_id, new.user_id, new.sort_name, new.sort_email); END;
