-- Roles that applications declare in code (ApplicationRole beans) are found by their stable key;
-- roles the central admin creates have none.
alter table access.roles add column key text unique;

-- What the start-up synchronisation of declared roles already did, item by item ('role',
-- 'action:<id>', 'profile:<PROFILE>'): it does each once, so that what the central admin
-- changes afterwards (a default withdrawn, an action taken out, the role deleted) stays.
create table access.declared_role_items (
    role_key  text        not null,
    item      text        not null,
    synced_at timestamptz not null,
    primary key (role_key, item)
);

-- The roles that migrations created before applications declared them (diary, messaging,
-- timeline): they get their keys, and what those migrations gave counts as synchronised (even
-- if an admin has changed or deleted it since: it is not put back).
update access.roles set key = 'diary.reader' where id = '0a0c0e55-0000-4000-8000-000000000011';
update access.roles set key = 'diary.teacher' where id = '0a0c0e55-0000-4000-8000-000000000012';
update access.roles set key = 'diary.visa' where id = '0a0c0e55-0000-4000-8000-000000000013';
update access.roles set key = 'messaging.user' where id = '0a0c0e55-0000-4000-8000-000000000021';
update access.roles set key = 'messaging.admin' where id = '0a0c0e55-0000-4000-8000-000000000022';
update access.roles set key = 'timeline.structure-admin' where id = '0a0c0e55-0000-4000-8000-0000000008a1';
update access.roles set key = 'timeline.territory-admin' where id = '0a0c0e55-0000-4000-8000-0000000008a2';

insert into access.declared_role_items (role_key, item, synced_at)
select i.role_key, i.item, timestamptz '2026-12-07 17:00:00+00'
  from (values
    ('diary.reader', 'role'), ('diary.reader', 'action:diary.read'),
    ('diary.reader', 'profile:STUDENT'), ('diary.reader', 'profile:RELATIVE'), ('diary.reader', 'profile:PERSONNEL'),
    ('diary.reader', 'profile:CENTRAL_ADMIN'),
    ('diary.teacher', 'role'), ('diary.teacher', 'action:diary.read'), ('diary.teacher', 'action:diary.create-homework'),
    ('diary.teacher', 'profile:TEACHER'),
    ('diary.visa', 'role'), ('diary.visa', 'action:diary.read'), ('diary.visa', 'action:diary.visa'),
    ('diary.visa', 'profile:PERSONNEL'), ('diary.visa', 'profile:LOCAL_ADMIN'),
    ('messaging.user', 'role'), ('messaging.user', 'action:messaging.read'), ('messaging.user', 'action:messaging.send'),
    ('messaging.user', 'profile:STUDENT'), ('messaging.user', 'profile:TEACHER'), ('messaging.user', 'profile:RELATIVE'),
    ('messaging.user', 'profile:PERSONNEL'), ('messaging.user', 'profile:GUEST'),
    ('messaging.user', 'profile:CENTRAL_ADMIN'),
    ('messaging.admin', 'role'), ('messaging.admin', 'action:messaging.settings'),
    ('messaging.admin', 'profile:LOCAL_ADMIN'), ('messaging.admin', 'profile:CENTRAL_ADMIN'),
    ('timeline.structure-admin', 'role'), ('timeline.structure-admin', 'action:timeline.configure'),
    ('timeline.structure-admin', 'action:timeline.moderate'), ('timeline.structure-admin', 'profile:LOCAL_ADMIN'),
    ('timeline.structure-admin', 'profile:PERSONNEL'), ('timeline.structure-admin', 'profile:CENTRAL_ADMIN'),
    ('timeline.territory-admin', 'role'), ('timeline.territory-admin', 'action:timeline.defaults'),
    ('timeline.territory-admin', 'profile:CENTRAL_ADMIN')
  ) as i (role_key, item);
