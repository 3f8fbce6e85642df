-- The last passwords of each account (hashes), so that none of the last ten is chosen again.
create table identity.password_history (
    person_id  uuid        not null,
    hash       text        not null,
    changed_at timestamptz not null
);
create index password_history_person on identity.password_history (person_id, changed_at desc);
