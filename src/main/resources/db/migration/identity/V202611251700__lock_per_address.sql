-- Lockout per account AND address: an attacker guessing a pupil's password locks the
-- account for his own address, not for the pupil. The account-wide counter of
-- identity.accounts now counts failures from addresses the account never logged in from,
-- and its lock keeps only those addresses out.
create table identity.login_failures (
    person_id       uuid        not null,
    address         text        not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (person_id, address)
);
create index login_failures_last on identity.login_failures (last_failure_at);

-- Where each account logged in successfully lately: these addresses stay open while
-- strangers' failures lock the account.
create table identity.login_addresses (
    person_id       uuid        not null,
    address         text        not null,
    last_success_at timestamptz not null,
    primary key (person_id, address)
);

alter table identity.accounts add column last_failure_at timestamptz;
