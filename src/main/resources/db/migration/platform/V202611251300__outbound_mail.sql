-- Mails wait here until an SMTP server accepts them: written in the transaction of the
-- action that asked for them (a password reset, a digest), sent by one node at a time,
-- retried with back-off. The body (which may hold a one-time link) is wiped once sent.
create table platform.outbound_mail (
    id              uuid        primary key,
    recipient       text        not null,
    subject         text        not null,
    html_body       text,
    kind            text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        int         not null default 0,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
create index outbound_mail_pending on platform.outbound_mail (next_attempt_at) where sent_at is null and failed_at is null;
