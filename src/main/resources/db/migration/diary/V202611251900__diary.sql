-- The cahier de textes: sessions (séances) and homework of a class and subject, their links
-- and attachments, pupils' private "done" ticks, and the head's visas. People, classes and
-- structures are directory ids (no foreign keys across schemas).
create table diary.sessions (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid        not null,
    class_id     uuid        not null,
    subject      text        not null,
    author_id    uuid        not null,
    session_date date        not null,
    title        text        not null,
    content      text        not null default '',
    publish_at   timestamptz not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index sessions_class_date on diary.sessions (class_id, session_date);
create index sessions_author on diary.sessions (author_id, structure_id, session_date);

create table diary.homework (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid        not null,
    class_id     uuid        not null,
    subject      text        not null,
    author_id    uuid        not null,
    session_id   uuid        references diary.sessions (id) on delete set null,
    due          date        not null,
    title        text        not null,
    instructions text        not null default '',
    minutes      integer     check (minutes between 1 and 600),
    hand_in      boolean     not null default false,
    publish_at   timestamptz not null,
    -- set once the pupils were told (due within 24 hours when it became visible)
    notified_at  timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index homework_class_due on diary.homework (class_id, due);
create index homework_author on diary.homework (author_id, structure_id, due);
create index homework_to_notify on diary.homework (publish_at) where notified_at is null;

-- A link or an attachment belongs to one session or one homework.
create table diary.links (
    id          uuid primary key default gen_random_uuid(),
    session_id  uuid references diary.sessions (id) on delete cascade,
    homework_id uuid references diary.homework (id) on delete cascade,
    url         text not null,
    position    integer not null,
    check ((session_id is null) <> (homework_id is null))
);
create index links_session on diary.links (session_id);
create index links_homework on diary.links (homework_id);

create table diary.attachments (
    id           uuid primary key default gen_random_uuid(),
    session_id   uuid references diary.sessions (id) on delete cascade,
    homework_id  uuid references diary.homework (id) on delete cascade,
    file_key     text        not null,
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null,
    created_at   timestamptz not null,
    check ((session_id is null) <> (homework_id is null))
);
create index attachments_session on diary.attachments (session_id);
create index attachments_homework on diary.attachments (homework_id);

-- "Done", ticked by a pupil for themselves.
create table diary.done (
    homework_id uuid        not null references diary.homework (id) on delete cascade,
    pupil_id    uuid        not null,
    done_at     timestamptz not null,
    primary key (pupil_id, homework_id)
);

-- A visa: the head signs a teacher's book in a structure, for every entry dated up to covers_to.
create table diary.visas (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid        not null,
    teacher_id   uuid        not null,
    signer_id    uuid        not null,
    covers_to    date        not null,
    comment      text        not null default '',
    signed_at    timestamptz not null
);
create index visas_teacher on diary.visas (teacher_id, structure_id, covers_to);
