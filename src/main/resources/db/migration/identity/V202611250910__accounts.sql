-- Accounts: how a person of the directory logs in. A null password hash means the
-- account has not been activated yet.
create table identity.accounts (
    person_id     uuid primary key,
    login         varchar(64) not null unique check (login = lower(login)),
    password_hash text,
    state         text        not null default 'ACTIVE' check (state in ('ACTIVE', 'BLOCKED')),
    locale        varchar(8),
    created_at    timestamptz not null default now(),
    last_login_at timestamptz
);
