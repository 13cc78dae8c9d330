-- Member search by any part of a name or an address, without reading every member: trigram GIN
-- indexes (pg_trgm, a trusted extension since PostgreSQL 13: the database's owner may create it)
-- serve MemberStore's LIKE '%…%' on the normalized name and the address.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX memberships_name_search ON memberships USING gin (sort_name gin_trgm_ops);

CREATE INDEX memberships_email_search ON memberships USING gin (sort_email gin_trgm_ops);
