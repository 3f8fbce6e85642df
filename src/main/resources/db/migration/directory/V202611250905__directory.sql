-- The directory: structures, classes, people, their profiles, classes and family links.
create table directory.structures (
    id          uuid primary key default gen_random_uuid(),
    uai         varchar(8)  unique,
    name        text        not null,
    type        text        not null check (type in ('ECOLE', 'COLLEGE', 'LYCEE', 'OTHER')),
    parent_id   uuid references directory.structures (id),
    external_id text unique,
    created_at  timestamptz not null default now()
);

create table directory.classes (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid not null references directory.structures (id),
    name         text not null,
    level        text,
    external_id  text,
    unique (structure_id, name)
);

create table directory.subjects (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid not null references directory.structures (id),
    code         text not null,
    label        text not null,
    unique (structure_id, code)
);

create table directory.persons (
    id           uuid primary key default gen_random_uuid(),
    first_name   text        not null,
    last_name    text        not null,
    display_name text        not null,
    birth_date   date,
    email        text,
    source       text        not null default 'MANUAL',
    external_id  text unique,
    state        text        not null default 'ACTIVE' check (state in ('ACTIVE', 'DETACHED', 'BLOCKED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create table directory.person_profiles (
    person_id    uuid not null references directory.persons (id) on delete cascade,
    structure_id uuid not null references directory.structures (id),
    profile      text not null check (profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST')),
    primary key (person_id, structure_id, profile)
);
create index person_profiles_structure on directory.person_profiles (structure_id, profile);

create table directory.class_members (
    class_id  uuid not null references directory.classes (id) on delete cascade,
    person_id uuid not null references directory.persons (id) on delete cascade,
    primary key (class_id, person_id)
);
create index class_members_person on directory.class_members (person_id);

create table directory.teachings (
    person_id  uuid not null references directory.persons (id) on delete cascade,
    class_id   uuid not null references directory.classes (id) on delete cascade,
    subject_id uuid not null references directory.subjects (id),
    primary key (person_id, class_id, subject_id)
);

create table directory.family_links (
    relative_id    uuid    not null references directory.persons (id) on delete cascade,
    child_id       uuid    not null references directory.persons (id) on delete cascade,
    legal_guardian boolean not null default true,
    primary key (relative_id, child_id)
);
create index family_links_child on directory.family_links (child_id);

-- Admin functions: a local admin (ADML) of one structure, or the central admin (ADMC).
create table directory.functions (
    person_id    uuid not null references directory.persons (id) on delete cascade,
    function     text not null check (function in ('LOCAL_ADMIN', 'CENTRAL_ADMIN')),
    structure_id uuid references directory.structures (id),
    check ((function = 'CENTRAL_ADMIN') = (structure_id is null))
);
create unique index functions_unique on directory.functions
    (person_id, function, coalesce(structure_id, '00000000-0000-0000-0000-000000000000'));
