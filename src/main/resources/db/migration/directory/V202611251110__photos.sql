-- Profile photos, small images checked by their content, served only to who may see the person.
create table directory.photos (
    person_id    uuid primary key references directory.persons (id) on delete cascade,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    content      bytea       not null,
    updated_at   timestamptz not null default now()
);
