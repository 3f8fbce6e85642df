-- The territory's defaults, as in Open ENT: everyone uses the annuaire and edits their
-- account, local admins run the console of their structure, the central admin everything.
-- The central admin changes them on the roles pages.
insert into access.roles (id, name, label_key) values
    ('0a0c0e55-0000-4000-8000-000000000001', 'Annuaire — utilisateur', 'role.seed.directory'),
    ('0a0c0e55-0000-4000-8000-000000000002', 'Mon compte — modification', 'role.seed.account'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'Console — administration locale', 'role.seed.localAdmin'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'Console — administration centrale', 'role.seed.centralAdmin');

insert into access.role_actions (role_id, action) values
    ('0a0c0e55-0000-4000-8000-000000000001', 'directory.search'),
    ('0a0c0e55-0000-4000-8000-000000000001', 'directory.class-page'),
    ('0a0c0e55-0000-4000-8000-000000000002', 'account.edit'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'console.manage-people'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'console.imports'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'console.groups'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'console.audit'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'access.rights'),
    ('0a0c0e55-0000-4000-8000-000000000003', 'portal.api-docs'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'console.manage-people'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'console.imports'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'console.groups'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'console.audit'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'access.rights'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'access.roles'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'portal.api-docs');

insert into access.profile_roles (profile, role_id, mode) values
    ('STUDENT',       '0a0c0e55-0000-4000-8000-000000000001', 'DEFAULT'),
    ('STUDENT',       '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('TEACHER',       '0a0c0e55-0000-4000-8000-000000000001', 'DEFAULT'),
    ('TEACHER',       '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('RELATIVE',      '0a0c0e55-0000-4000-8000-000000000001', 'DEFAULT'),
    ('RELATIVE',      '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-000000000001', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('GUEST',         '0a0c0e55-0000-4000-8000-000000000001', 'ALLOWED'),
    ('GUEST',         '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('LOCAL_ADMIN',   '0a0c0e55-0000-4000-8000-000000000003', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000001', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000002', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000004', 'DEFAULT');
