-- The access model reads the manual groups of a person (communication rules, sharing) on
-- every check: find them by person.
create index group_members_person on directory.group_members (person_id);
