-- Teaching groups set up in the console (members and teachers with their subjects): local admins
-- of a structure and the central admin, through their console roles.
insert into access.role_actions (role_id, action) values
    ('0a0c0e55-0000-4000-8000-000000000003', 'directory.manage-groups'),
    ('0a0c0e55-0000-4000-8000-000000000004', 'directory.manage-groups');
