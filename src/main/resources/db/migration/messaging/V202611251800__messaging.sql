-- Messagerie: messages, the boxes of each person (one entry per message and person),
-- personal folders, attachments (bytes in the file store) and the admins' settings.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

create or replace function messaging.search_form(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table messaging.messages (
    id          uuid primary key,
    -- null once the sender is deleted from the directory: shown as a former user
    sender_id   uuid,
    sender_name text,
    subject     text        not null default '',
    body        text        not null default '',       -- sanitized HTML
    body_text   text        not null default '',       -- the body as plain text (search, previews)
    thread_id   uuid        not null,
    parent_id   uuid,
    state       text        not null check (state in ('DRAFT', 'SCHEDULED', 'SENT', 'RECALLED')),
    send_at     timestamptz,
    sent_at     timestamptz,
    recalled_at timestamptz,
    recipients  int         not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    search_text text generated always as
        (messaging.search_form(subject || ' ' || coalesce(sender_name, '') || ' ' || body_text)) stored
);
create index messages_search on messaging.messages using gin (search_text public.gin_trgm_ops);
create index messages_thread on messaging.messages (thread_id);
create index messages_sender on messaging.messages (sender_id);
create index messages_scheduled on messaging.messages (send_at) where state = 'SCHEDULED';

-- What the sender addressed (people, classes, groups) with the names shown; null label: a former user.
create table messaging.recipients (
    message_id uuid not null references messaging.messages (id) on delete cascade,
    kind       text not null check (kind in ('TO', 'CC', 'BCC')),
    position   int  not null,
    ref        text not null,
    label      text,
    primary key (message_id, kind, ref)
);

create table messaging.folders (
    id         uuid primary key default gen_random_uuid(),
    owner_id   uuid        not null,
    parent_id  uuid references messaging.folders (id) on delete cascade,
    name       text        not null,
    depth      int         not null check (depth between 1 and 3),
    created_at timestamptz not null default now()
);
create unique index folders_name on messaging.folders (owner_id, coalesce(parent_id, owner_id), lower(name));

-- A message in a person's box: the sender's own copy (drafts, scheduled, sent) or a received one.
create table messaging.entries (
    person_id  uuid        not null,
    message_id uuid        not null references messaging.messages (id) on delete cascade,
    own        boolean     not null,
    kind       text check (kind in ('TO', 'CC', 'BCC')),
    folder     text        not null check (folder in ('INBOX', 'SENT', 'DRAFTS', 'TRASH', 'PERSONAL')),
    folder_id  uuid references messaging.folders (id) on delete set null,
    unread     boolean     not null default false,
    read_at    timestamptz,
    trashed_at timestamptz,
    date       timestamptz not null,
    primary key (person_id, message_id, own)
);
create index entries_box on messaging.entries (person_id, folder, date desc, message_id desc);
create index entries_folder on messaging.entries (folder_id, date desc, message_id desc) where folder_id is not null;
create index entries_unread on messaging.entries (person_id) where unread;
create index entries_message on messaging.entries (message_id);
create index entries_trash on messaging.entries (trashed_at) where folder = 'TRASH';
create index entries_person_date on messaging.entries (person_id, date desc, message_id desc);

-- Who had read a message when its sender recalled it.
create table messaging.recall_reads (
    message_id uuid        not null references messaging.messages (id) on delete cascade,
    person_id  uuid        not null,
    read_at    timestamptz not null,
    primary key (message_id, person_id)
);

create table messaging.files (
    id           uuid primary key,
    owner_id     uuid,
    storage_key  text        not null,
    name         text        not null,
    content_type text        not null,
    size         bigint      not null,
    created_at   timestamptz not null
);
create index files_owner on messaging.files (owner_id);

-- A forwarded attachment is the same stored file attached to one more message.
create table messaging.attachments (
    message_id uuid not null references messaging.messages (id) on delete cascade,
    file_id    uuid not null references messaging.files (id),
    position   int  not null,
    primary key (message_id, file_id)
);
create index attachments_file on messaging.attachments (file_id);

create table messaging.settings (
    id               boolean primary key default true check (id),
    max_file_mb      int not null default 20 check (max_file_mb between 1 and 100),
    quota_mb         int not null default 200 check (quota_mb between 1 and 100000),
    trash_days       int not null default 30 check (trash_days between 1 and 3650),
    retention_months int check (retention_months between 1 and 1200),
    updated_at       timestamptz
);
insert into messaging.settings default values;
