-- Detection and held messages (issue 20). A person above the hard threshold of sends has their
-- further messages HELD: stored with their resolved recipients, counted in the caps (sent_at is the
-- time of the attempt), delivered only when a moderator releases them; DISCARDED ones stay as evidence.
alter table messaging.messages drop constraint messages_state_check;
alter table messaging.messages add constraint messages_state_check
    check (state in ('DRAFT', 'SCHEDULED', 'SENT', 'RECALLED', 'HELD', 'DISCARDED'));
-- sha-256 of the normalized plain-text body, set when sent or held (same body to many people)
alter table messaging.messages add column body_hash text;
create index messages_body_hash on messaging.messages (body_hash, sent_at) where body_hash is not null;
create index messages_held on messaging.messages (sender_id) where state = 'HELD';

-- The people a held message is for, resolved when it was held (delivered to them on release)
create table messaging.held_recipients (
    message_id uuid not null references messaging.messages (id) on delete cascade,
    person_id  uuid not null,
    kind       text not null check (kind in ('TO', 'CC', 'BCC')),
    primary key (message_id, person_id)
);

-- Every release or discard, by whom and when (ids only)
create table messaging.held_decisions (
    message_id   uuid        not null references messaging.messages (id) on delete cascade,
    moderator_id uuid        not null,
    decision     text        not null check (decision in ('RELEASE', 'DISCARD')),
    decided_at   timestamptz not null,
    primary key (message_id)
);
