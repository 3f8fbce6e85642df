-- Reports ("Signaler") of any application's content, their evidence and the moderators' decisions.
create table moderation.reports (
    id           uuid primary key,
    type         text        not null,          -- MESSAGE, NEWS, POST … (the application's kind)
    target_id    uuid        not null,
    reporter_id  uuid        not null,
    reason       text        not null,
    structure_id uuid,                          -- whose moderators review it; null: the central admins
    reported_at  timestamptz not null,
    state        text        not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    decision     text check (decision in ('NEUTRALIZED', 'DISMISSED', 'RESTORED')),
    decided_by   uuid,
    decided_at   timestamptz
);
-- one open report per person and content: reporting twice answers the first report
create unique index reports_once on moderation.reports (type, target_id, reporter_id) where state = 'OPEN';
create index reports_queue on moderation.reports (state, structure_id, reported_at);
create index reports_target on moderation.reports (type, target_id);
create index reports_reporter on moderation.reports (reporter_id);

-- The content as it was when first reported, immutable: it outlives the content itself.
create table moderation.evidence (
    type        text        not null,
    target_id   uuid        not null,
    author_id   uuid,
    author_name text        not null,
    title       text        not null,
    body        text        not null,
    recipients  uuid[]      not null,
    created_at  timestamptz not null,
    link        text,
    sha256      text        not null,
    taken_at    timestamptz not null,
    primary key (type, target_id)
);
create index evidence_author on moderation.evidence (author_id);

-- Every decision, in order: who decided what, when (the audit of moderation).
create table moderation.decisions (
    id           bigint generated always as identity primary key,
    type         text        not null,
    target_id    uuid        not null,
    decision     text        not null,
    moderator_id uuid        not null,
    structure_id uuid,
    decided_at   timestamptz not null
);
create index decisions_target on moderation.decisions (type, target_id);
create index decisions_moderator on moderation.decisions (moderator_id);
