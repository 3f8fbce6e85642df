-- Communication rules: who may reach (write to, see in the annuaire) whom.
--
-- Templates say whether people holding one profile may reach people holding another, in
-- their family, in the same class or in the same structure. The territory's defaults have
-- no structure; a structure may override them (unless the default is locked by the central
-- admin), and a class may override the class templates of its structure.
create table access.communication_rules (
    structure_id uuid,
    class_id     uuid,
    scope        text        not null check (scope in ('FAMILY', 'CLASS', 'STRUCTURE')),
    from_profile text        not null check (from_profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST')),
    to_profile   text        not null check (to_profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST')),
    allowed      boolean     not null,
    locked       boolean     not null default false,
    updated_by   uuid,
    updated_at   timestamptz not null default now(),
    check (class_id is null or (structure_id is not null and scope = 'CLASS')),
    check (not locked or structure_id is null)
);
create unique index communication_rules_key on access.communication_rules (
    coalesce(structure_id, '00000000-0000-0000-0000-000000000000'),
    coalesce(class_id, '00000000-0000-0000-0000-000000000000'), scope, from_profile, to_profile);
create index communication_rules_structure on access.communication_rules (structure_id);

-- The territory's defaults, like Open ENT's: teachers and staff reach everyone of their
-- school; pupils reach their classmates, their class's teachers and the staff; parents
-- reach their children, their children's teachers and the staff; families stay together.
insert into access.communication_rules (scope, from_profile, to_profile, allowed)
select 'FAMILY', f, t, true from (values ('RELATIVE', 'STUDENT'), ('STUDENT', 'RELATIVE'), ('RELATIVE', 'RELATIVE')) v(f, t);

insert into access.communication_rules (scope, from_profile, to_profile, allowed)
select 'CLASS', f, t, (f, t) in (('STUDENT', 'STUDENT'), ('STUDENT', 'TEACHER'), ('TEACHER', 'STUDENT'),
                                 ('TEACHER', 'TEACHER'), ('TEACHER', 'RELATIVE'), ('RELATIVE', 'TEACHER'))
from unnest(array['STUDENT', 'TEACHER', 'RELATIVE']) f, unnest(array['STUDENT', 'TEACHER', 'RELATIVE']) t;

insert into access.communication_rules (scope, from_profile, to_profile, allowed)
select 'STRUCTURE', f, t, f in ('TEACHER', 'PERSONNEL') or t = 'PERSONNEL'
from unnest(array['STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST']) f,
     unnest(array['STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST']) t;

-- Explicit rules between two groups ("Chorale → Chorale", "CM2 of an école → 6e teachers of
-- its collège"): members of the first may reach every member of the second. Groups are
-- named by the directory's ids; the structures are kept to apply suspensions and to let
-- each local admin see only the rules of their structures.
create table access.communication_links (
    id             uuid primary key default gen_random_uuid(),
    from_group     text        not null,
    from_structure uuid        not null,
    to_group       text        not null,
    to_structure   uuid        not null,
    created_by     uuid,
    created_at     timestamptz not null default now(),
    unique (from_group, to_group)
);
create index communication_links_from_structure on access.communication_links (from_structure);
create index communication_links_to_structure on access.communication_links (to_structure);

-- The messaging kill switch of a structure: pupil-to-pupil or all communications suspended.
create table access.kill_switches (
    structure_id uuid primary key,
    mode         text        not null check (mode in ('PUPILS', 'ALL')),
    reason       text        not null,
    set_by       uuid        not null,
    set_at       timestamptz not null
);
