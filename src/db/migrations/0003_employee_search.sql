-- Fast employee search on any part of a name, matricola or e-mail (LIKE '%…%'): a trigram index.
-- The extension lives in public so that every schema (and every test schema) finds it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX employees_search ON employees USING gin (search_text public.gin_trgm_ops);
