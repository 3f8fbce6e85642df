-- Imports: each one a dry run first, applied on an admin's word, with its report kept.
create table feeding.imports (
    id           uuid primary key,
    kind         text        not null check (kind in ('AAF', 'CSV')),
    status       text        not null check (status in ('RUNNING', 'READY', 'APPLYING', 'APPLIED', 'FAILED')),
    full_import  boolean     not null,
    structure_id uuid,
    profile      text,
    mapping      jsonb,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    files        jsonb       not null,
    report       jsonb,
    error_key    text
);
create index imports_created on feeding.imports (created_at desc);

create table feeding.import_files (
    import_id uuid    not null references feeding.imports (id) on delete cascade,
    position  int     not null,
    name      text    not null,
    content   bytea   not null,
    primary key (import_id, position)
);
