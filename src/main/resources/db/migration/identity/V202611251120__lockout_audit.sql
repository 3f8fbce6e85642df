-- Lockout after repeated failures, and the audit log of what happens to accounts.
alter table identity.accounts
    add column failed_attempts int not null default 0,
    add column locked_until    timestamptz;

create table identity.audit_events (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    type      text        not null,
    person_id uuid,
    actor_id  uuid,
    ip        text
);
create index audit_events_at on identity.audit_events (at desc);
create index audit_events_person on identity.audit_events (person_id, at desc);
