-- What each profile may send (the territory's policy, set by the central admin): to groups or only to
-- persons, recipients per message, messages per hour, recipients per day. A person with several
-- profiles has the most generous of each. Admins (local and central) count as staff. Parents may
-- address a group (the teachers of their child's class), the communication rules deciding which.
create table messaging.send_policy (
    profile     text primary key check (profile in ('STUDENT', 'RELATIVE', 'TEACHER', 'PERSONNEL', 'GUEST')),
    groups      boolean     not null,
    per_message int         not null check (per_message between 1 and 100000),
    per_hour    int         not null check (per_hour between 1 and 100000),
    per_day     int         not null check (per_day between 1 and 1000000),
    updated_at  timestamptz not null default now()
);
insert into messaging.send_policy (profile, groups, per_message, per_hour, per_day) values
    ('STUDENT', false, 5, 20, 60),
    ('GUEST', false, 5, 20, 60),
    ('RELATIVE', true, 20, 30, 150),
    ('TEACHER', true, 5000, 200, 20000),
    ('PERSONNEL', true, 5000, 200, 20000);
-- the hourly and daily counts read a sender's recent messages
create index messages_sender_sent on messaging.messages (sender_id, sent_at) where sent_at is not null;
