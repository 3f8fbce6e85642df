-- The access model reads the manual groups of a person (communication rules, sharing) on
-- every check: find them by person.
create index group_members_person on directory.group_members (person_id);

-- A person's automatic and manual groups, family and functions, as the access model reads
-- them on every check. A function, so that its plan is made once per connection: planning
-- this union takes longer than running it.
create function directory.affiliations(ids uuid[])
    returns table (person_id uuid, kind text, grp text, structure_id uuid, class_id uuid, profile text, other uuid)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    return query
        select pp.person_id, 'G' as kind, 'structure:' || pp.structure_id || ':' || pp.profile as grp,
        pp.structure_id, null::uuid as class_id, pp.profile, null::uuid as other
        from directory.person_profiles pp where pp.person_id = any(ids)
        union all
        select m.person_id, 'G', 'class:' || m.class_id || ':' || pp.profile, c.structure_id, m.class_id, pp.profile, null
        from directory.class_members m join directory.classes c on c.id = m.class_id
        join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
        and pp.profile in ('STUDENT', 'TEACHER')
        where m.person_id = any(ids)
        union all
        select distinct t.person_id, 'G', 'class:' || t.class_id || ':TEACHER', c.structure_id, t.class_id, 'TEACHER', null::uuid
        from directory.teachings t join directory.classes c on c.id = t.class_id where t.person_id = any(ids)
        union all
        select f.relative_id, 'G', 'class:' || m.class_id || ':RELATIVE', c.structure_id, m.class_id, 'RELATIVE', null
        from directory.family_links f join directory.class_members m on m.person_id = f.child_id
        join directory.classes c on c.id = m.class_id
        join directory.person_profiles pp on pp.person_id = f.child_id and pp.structure_id = c.structure_id
        and pp.profile = 'STUDENT'
        where f.relative_id = any(ids)
        union all
        select gm.person_id, 'G', 'group:' || g.id, g.structure_id, null, pp.profile, null
        from directory.group_members gm join directory.groups g on g.id = gm.group_id
        join directory.person_profiles pp on pp.person_id = gm.person_id and pp.structure_id = g.structure_id
        where gm.person_id = any(ids)
        union all
        select f.relative_id, 'CHILD', null, pp.structure_id, null, null, f.child_id
        from directory.family_links f
        join directory.person_profiles pp on pp.person_id = f.child_id and pp.profile = 'STUDENT'
        where f.relative_id = any(ids)
        union all
        select f.child_id, 'PARENT', null, pp.structure_id, null, null, f.relative_id
        from directory.family_links f
        join directory.person_profiles pp on pp.person_id = f.child_id and pp.profile = 'STUDENT'
        where f.child_id = any(ids)
        union all
        select f.relative_id, 'CO_PARENT', null, pp.structure_id, null, null, o.relative_id
        from directory.family_links f
        join directory.family_links o on o.child_id = f.child_id and o.relative_id <> f.relative_id
        join directory.person_profiles pp on pp.person_id = f.child_id and pp.profile = 'STUDENT'
        where f.relative_id = any(ids)
        union all
        select fn.person_id, fn.function, null, fn.structure_id, null, null, null
        from directory.functions fn where fn.person_id = any(ids)
        union all
        select p.id, 'STATE', p.state, null, null, null, null from directory.persons p where p.id = any(ids);
end
$$;
