-- The timeline: one entry per recipient and notification. An entry shows in the feed from
-- visible_at (null: never, the person chose so) and is mailed from mail_at (null: no mail),
-- alone or in a digest, outside the person's quiet hours.
create table timeline.entries (
    id           uuid primary key,
    person_id    uuid        not null,
    type         text        not null,
    args         text[]      not null default '{}',
    link         text        not null,
    structure_id uuid,
    source_key   text        not null,
    created_at   timestamptz not null,
    visible_at   timestamptz,
    read_at      timestamptz,
    hidden_at    timestamptz,
    mail_at      timestamptz,
    mailed_at    timestamptz,
    unique (person_id, source_key)
);
create index entries_feed on timeline.entries (person_id, visible_at desc, id desc)
    where visible_at is not null and hidden_at is null;
create index entries_mail_due on timeline.entries (mail_at) where mailed_at is null and mail_at is not null;

-- A person's choice per type and channel; defaults chosen by the central admin per type.
create table timeline.preferences (
    person_id uuid not null,
    type      text not null,
    feed      text not null check (feed in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')),
    mail      text not null check (mail in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')),
    primary key (person_id, type)
);
create table timeline.type_defaults (
    type text primary key,
    feed text not null check (feed in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')),
    mail text not null check (mail in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER'))
);

-- Quiet hours (droit à la déconnexion): evening..morning every day, whole quiet days (ISO day
-- numbers, 1 = Monday), school holidays. A structure's schedule binds its people when enforced.
create table timeline.structure_quiet_hours (
    structure_id uuid primary key,
    evening      time,
    morning      time,
    quiet_days   smallint[] not null default '{}',
    holidays     boolean    not null default true,
    enforced     boolean    not null default false
);
create table timeline.person_quiet_hours (
    person_id  uuid primary key,
    evening    time,
    morning    time,
    quiet_days smallint[] not null default '{}',
    holidays   boolean    not null default true
);
-- School holidays, for one structure or (structure_id null) for the whole territory; ends included.
create table timeline.holidays (
    id           uuid primary key default gen_random_uuid(),
    structure_id uuid,
    starts       date not null,
    ends         date not null,
    check (ends >= starts)
);

-- Entries reported by their recipient, for the structure's moderators.
create table timeline.reports (
    entry_id     uuid primary key references timeline.entries (id) on delete cascade,
    reporter_id  uuid        not null,
    structure_id uuid,
    reported_at  timestamptz not null
);

-- The key that signs unsubscribe links when PREAU_TIMELINE_KEY is not set: made once, shared by all nodes.
create table timeline.signing_key (
    id     int primary key check (id = 1),
    secret bytea not null
);
