-- Messagerie: everyone reads and writes (to whom the communication rules let them reach);
-- admins see the settings, the central admin changes them.
insert into access.roles (id, name, label_key) values
    ('0a0c0e55-0000-4000-8000-000000000021', 'Messagerie — utilisateur', 'role.seed.messaging'),
    ('0a0c0e55-0000-4000-8000-000000000022', 'Messagerie — administration', 'role.seed.messagingAdmin');

insert into access.role_actions (role_id, action) values
    ('0a0c0e55-0000-4000-8000-000000000021', 'messaging.read'),
    ('0a0c0e55-0000-4000-8000-000000000021', 'messaging.send'),
    ('0a0c0e55-0000-4000-8000-000000000022', 'messaging.settings');

insert into access.profile_roles (profile, role_id, mode) values
    ('STUDENT',       '0a0c0e55-0000-4000-8000-000000000021', 'DEFAULT'),
    ('TEACHER',       '0a0c0e55-0000-4000-8000-000000000021', 'DEFAULT'),
    ('RELATIVE',      '0a0c0e55-0000-4000-8000-000000000021', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-000000000021', 'DEFAULT'),
    ('GUEST',         '0a0c0e55-0000-4000-8000-000000000021', 'ALLOWED'),
    ('LOCAL_ADMIN',   '0a0c0e55-0000-4000-8000-000000000022', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000021', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000022', 'DEFAULT');
