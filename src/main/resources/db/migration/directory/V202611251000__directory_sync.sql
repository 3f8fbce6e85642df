-- What imports need: the register's ids, levels (MEF), groups, and the life cycle of
-- people who leave the register (detached, then blocked, then deleted).
alter table directory.persons
    add column mef_code     text,
    add column fingerprint  text,
    add column detached_at  timestamptz,
    add column blocked_at   timestamptz,
    add column delete_after timestamptz,
    add column register_profile text;
create index persons_source on directory.persons (source, state);
create index persons_delete_after on directory.persons (delete_after) where delete_after is not null;

alter table directory.structures add column source text not null default 'MANUAL';
alter table directory.subjects add column source text not null default 'MANUAL';

create table directory.mefs (
    code  text primary key,
    label text not null
);

-- Groups: manual groups, and automatic ones ("pupils of 6A", "teachers of the collège")
-- whose members follow from a rule on profiles and classes.
create table directory.groups (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid not null references directory.structures (id) on delete cascade,
    name         text not null,
    kind         text not null check (kind in ('MANUAL', 'AUTO')),
    profile      text check (profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST')),
    class_id     uuid references directory.classes (id) on delete cascade,
    external_id  text,
    created_at   timestamptz not null default now()
);
create unique index groups_auto on directory.groups
    (structure_id, profile, coalesce(class_id, '00000000-0000-0000-0000-000000000000')) where kind = 'AUTO';

create table directory.group_members (
    group_id  uuid not null references directory.groups (id) on delete cascade,
    person_id uuid not null references directory.persons (id) on delete cascade,
    primary key (group_id, person_id)
);
