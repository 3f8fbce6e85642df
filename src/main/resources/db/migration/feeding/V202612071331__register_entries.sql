-- The register's entries as last imported (AAF): a delta's modifyRequest lists only what changed,
-- so it is applied to the stored entry. Relatives linked to no pupil are kept here only (held).
create table feeding.register_entries (
    external_id text primary key,
    kind        text        not null,
    attributes  jsonb       not null,
    deleted     boolean     not null default false,
    updated_at  timestamptz not null
);
