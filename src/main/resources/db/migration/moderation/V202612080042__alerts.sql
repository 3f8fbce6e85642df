-- Anomaly alerts raised to a structure's admins (central admins in copy): who, what kind, when and
-- the counts that crossed the threshold. Ids and numbers only, never a message's content. At most
-- one per person and kind per hour (checked under a lock on the pair).
create table moderation.alerts (
    id             uuid primary key,
    person_id      uuid        not null,
    kind           text        not null check (kind in ('BURST', 'SAME_BODY', 'FAILED_LOGINS', 'HELD')),
    count          int         not null,
    window_minutes int         not null,
    detected_at    timestamptz not null,
    raised_at      timestamptz not null
);
create index alerts_person_kind on moderation.alerts (person_id, kind, raised_at);
create index alerts_raised on moderation.alerts (raised_at);
