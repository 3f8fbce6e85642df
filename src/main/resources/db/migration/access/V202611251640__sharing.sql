-- Sharing of any application's resources (documents, folders, cahier de textes...) with
-- people and groups. A resource is known by its type and its id in its application; it may
-- have an owner and a parent, whose shares flow down to it unless it has its own share for
-- the same person or group.
create table access.share_resources (
    resource_type text        not null,
    resource_id   text        not null,
    owner_id      uuid,
    parent_type   text,
    parent_id     text,
    created_at    timestamptz not null default now(),
    primary key (resource_type, resource_id),
    check ((parent_type is null) = (parent_id is null)),
    foreign key (parent_type, parent_id) references access.share_resources on delete cascade
);
create index share_resources_parent on access.share_resources (parent_type, parent_id);
create index share_resources_owner on access.share_resources (owner_id, resource_type);

-- Who has what: a grantee is a person ('person:<uuid>') or a group (the directory's ids);
-- level 1 read, 2 contribute, 3 manage, each holding the ones below; extras are rights an
-- application declares (publish, comment).
create table access.shares (
    resource_type text        not null,
    resource_id   text        not null,
    grantee       text        not null,
    level         smallint    not null check (level between 1 and 3),
    extras        text[]      not null default '{}',
    granted_by    uuid        not null,
    granted_at    timestamptz not null,
    primary key (resource_type, resource_id, grantee),
    foreign key (resource_type, resource_id) references access.share_resources on delete cascade
);
-- "Shared with me": the shares of a person and of their groups, found by grantee.
create index shares_grantee on access.shares (grantee, resource_type);
