-- The annuaire: accent-insensitive, typo-tolerant search on people and classes.
-- pg_trgm and unaccent are trusted extensions: the database owner may create them.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

create or replace function directory.search_form(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

alter table directory.persons
    add column search_text text generated always as (directory.search_form(first_name || ' ' || last_name)) stored;
create index persons_search on directory.persons using gin (search_text public.gin_trgm_ops);

alter table directory.classes
    add column search_text text generated always as (directory.search_form(name)) stored;
