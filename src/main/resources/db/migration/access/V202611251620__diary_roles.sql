-- The cahier de textes: everyone reads the books they may see, teachers write in the books
-- of the classes they teach, heads (local admins) sign them; staff may be given the visa.
insert into access.roles (id, name, label_key) values
    ('0a0c0e55-0000-4000-8000-000000000011', 'Cahier de textes — lecture', 'role.seed.diaryRead'),
    ('0a0c0e55-0000-4000-8000-000000000012', 'Cahier de textes — enseignant', 'role.seed.diaryTeacher'),
    ('0a0c0e55-0000-4000-8000-000000000013', 'Cahier de textes — visa', 'role.seed.diaryVisa');

insert into access.role_actions (role_id, action) values
    ('0a0c0e55-0000-4000-8000-000000000011', 'diary.read'),
    ('0a0c0e55-0000-4000-8000-000000000012', 'diary.read'),
    ('0a0c0e55-0000-4000-8000-000000000012', 'diary.create-homework'),
    ('0a0c0e55-0000-4000-8000-000000000013', 'diary.read'),
    ('0a0c0e55-0000-4000-8000-000000000013', 'diary.visa');

insert into access.profile_roles (profile, role_id, mode) values
    ('STUDENT',       '0a0c0e55-0000-4000-8000-000000000011', 'DEFAULT'),
    ('RELATIVE',      '0a0c0e55-0000-4000-8000-000000000011', 'DEFAULT'),
    ('TEACHER',       '0a0c0e55-0000-4000-8000-000000000012', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-000000000011', 'DEFAULT'),
    ('PERSONNEL',     '0a0c0e55-0000-4000-8000-000000000013', 'ALLOWED'),
    ('LOCAL_ADMIN',   '0a0c0e55-0000-4000-8000-000000000013', 'DEFAULT'),
    ('CENTRAL_ADMIN', '0a0c0e55-0000-4000-8000-000000000011', 'ALLOWED');
