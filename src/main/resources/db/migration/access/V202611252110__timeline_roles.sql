-- Notifications: local admins set their structures' quiet hours and review reports; the
-- central admin does so for every structure and sets each type's default frequencies.
insert into access.roles (id, name, label_key) values
    ('0a0c0e55-0000-4000-8000-0000000008a1', 'Notifications — administration d''établissement', 'role.seed.timelineAdmin'),
    ('0a0c0e55-0000-4000-8000-0000000008a2', 'Notifications — administration du territoire', 'role.seed.timelineCentral');

insert into access.role_actions (role_id, action) values
    ('0a0c0e55-0000-4000-8000-0000000008a1', 'timeline.configure'),
    ('0a0c0e55-0000-4000-8000-0000000008a1', 'timeline.moderate'),
    ('0a0c0e55-0000-4000-8000-0000000008a2', 'timeline.defaults');

insert into access.profile_roles (profile, role_id, mode) values
    ('LOCAL_ADMIN',   '0a0c0e55-0000-4000-8000-0000000008a1', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-0000000008a1', 'ALLOWED'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-0000000008a1', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-0000000008a2', 'DEFAULT');
