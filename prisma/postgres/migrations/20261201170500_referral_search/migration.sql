-- Issue 17: indexed, accent- and case-insensitive referral search (lib/data/referral-search-sql.ts).
-- pg_trgm answers LIKE '%…%' from a GIN index of trigrams, and unaccent folds accents. Both are trusted
-- extensions (PostgreSQL 13+): the database owner may create them, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so an index cannot use it directly. These
-- wrappers are declared IMMUTABLE with the dictionary named explicitly and the search_path fixed to the
-- one the extensions were created in, the documented way to index unaccented text.
-- NO SEMICOLONS in comments or bodies here: Prisma's PostgreSQL adapter runs a migration by splitting
-- its text at every semicolon.
CREATE OR REPLACE FUNCTION massagerx_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
    AS 'SELECT lower(unaccent(''unaccent''::regdictionary, value))';

-- Name and condition in one indexed text, and the newline keeps a match from spanning the two (a search
-- is one line of text).
CREATE OR REPLACE FUNCTION massagerx_search_text(patient text, condition text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
    AS 'SELECT massagerx_fold(patient) || chr(10) || massagerx_fold(condition)';

CREATE INDEX "Referral_search_trgm_idx" ON "Referral" USING gin (massagerx_search_text("patientName", "conditionName") gin_trgm_ops);
