-- Teaching groups: a group of a structure ("Latin 5e", "6A groupe 1") taught in a subject by a
-- teacher, as classes are through directory.teachings. Its pupils are its members holding the
-- pupil profile in the group's structure.
create table directory.group_teachings (
    person_id  uuid not null references directory.persons (id) on delete cascade,
    group_id   uuid not null references directory.groups (id) on delete cascade,
    subject_id uuid not null references directory.subjects (id),
    primary key (person_id, group_id, subject_id)
);
create index group_teachings_group on directory.group_teachings (group_id);
