-- Application rights: actions that applications declare (in code) are bundled into roles;
-- the central admin gives roles to profiles for the whole territory (DEFAULT: every
-- structure has it; ALLOWED: local admins may give it), and a structure adapts them:
-- default roles it withdraws from a profile, roles it gives to groups of its own.
-- Structure and group ids belong to the directory: no foreign key across modules.
create table access.roles (
    id         uuid primary key default gen_random_uuid(),
    name       text        not null check (length(name) between 1 and 100),
    -- seeded roles are named in the message bundles until an admin renames them
    label_key  text,
    created_at timestamptz not null default now()
);

create table access.role_actions (
    role_id uuid not null references access.roles (id) on delete cascade,
    action  text not null,
    primary key (role_id, action)
);

create table access.profile_roles (
    profile text not null check (profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST',
                                             'LOCAL_ADMIN', 'CENTRAL_ADMIN')),
    role_id uuid not null references access.roles (id) on delete cascade,
    mode    text not null check (mode in ('DEFAULT', 'ALLOWED')),
    primary key (profile, role_id)
);

create table access.structure_exclusions (
    structure_id uuid not null,
    profile      text not null check (profile in ('STUDENT', 'TEACHER', 'RELATIVE', 'PERSONNEL', 'GUEST',
                                                  'LOCAL_ADMIN')),
    role_id      uuid not null references access.roles (id) on delete cascade,
    primary key (structure_id, profile, role_id)
);

-- group_id: structure:<id>:<PROFILE> (LOCAL_ADMIN too), class:<id>:<PROFILE> or group:<id>
create table access.grants (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid        not null,
    group_id     text        not null,
    role_id      uuid        not null references access.roles (id) on delete cascade,
    -- given by the central admin: not cut down to what the territory allows the group's profile
    by_central   boolean     not null,
    granted_by   uuid        not null,
    granted_at   timestamptz not null,
    unique (structure_id, group_id, role_id)
);

-- Bumped by every change of the rules, in the same transaction: each node reloads its
-- copy of the rules when it sees a new version.
create table access.rules_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into access.rules_version values (true, 1);
