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

-- "Shared with me": resources of a type shared with one of the grantees (a person and their
-- groups), directly or through an ancestor, that the person does not own. A function, so
-- that its plan is made once per connection: planning the recursive query costs more than
-- running it.
create function access.shared_with(grantees text[], wanted_type text, me uuid, most int)
    returns table (resource_type text, resource_id text)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    return query
        with recursive tree(resource_type, resource_id, depth) as (
            select s.resource_type, s.resource_id, 0 from access.shares s where s.grantee = any(grantees)
            union
            select r.resource_type, r.resource_id, t.depth + 1
            from access.share_resources r join tree t on r.parent_type = t.resource_type and r.parent_id = t.resource_id
            where t.depth < 32
        )
        select distinct r.resource_type, r.resource_id from tree t
        join access.share_resources r on r.resource_type = t.resource_type and r.resource_id = t.resource_id
        where r.resource_type = wanted_type and r.owner_id is distinct from me
        order by r.resource_id limit most;
end
$$;
