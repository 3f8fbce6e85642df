-- When an account was activated and the charter accepted.
alter table identity.accounts
    add column activated_at         timestamptz,
    add column charter_accepted_at  timestamptz;
