-- Moderation: a neutralized message disappears from its recipients' boxes (their entries are kept
-- aside, to be put back if a moderator restores it); its sender sees it "masqué par la modération".
alter table messaging.messages add column neutralized_at timestamptz;

create table messaging.neutralized_entries (
    person_id  uuid        not null,
    message_id uuid        not null references messaging.messages (id) on delete cascade,
    own        boolean     not null,
    kind       text,
    folder     text        not null,
    folder_id  uuid,
    unread     boolean     not null,
    read_at    timestamptz,
    trashed_at timestamptz,
    date       timestamptz not null,
    primary key (person_id, message_id, own)
);
create index neutralized_entries_message on messaging.neutralized_entries (message_id);
