-- The directory's revision: moved by every statement that writes who is who (people, their
-- profiles, classes, teachings, families, functions, structures). Nodes keep people's cards in
-- memory while it stays put (directory.Cards). A sequence, not a row: writers never wait for
-- each other on it.
create sequence directory.revision;

create function directory.next_revision() returns trigger language plpgsql as $$
begin
    perform nextval('directory.revision');
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['persons', 'person_profiles', 'structures', 'classes', 'class_members', 'teachings',
                             'subjects', 'family_links', 'functions']
    loop
        execute format('create trigger revision after insert or update or delete or truncate on directory.%I '
                       'for each statement execute function directory.next_revision()', t);
    end loop;
end
$$;
