-- The second factor of login. An authenticator secret (TOTP, RFC 6238), encrypted with
-- AES-GCM (IV followed by ciphertext and tag); it counts once the person typed a first code
-- (confirmed_at). last_used_step is the time step of the last code accepted: that code and
-- older ones are refused, so a code seen over a shoulder cannot be used again.
create table identity.mfa_totp (
    person_id      uuid        primary key,
    secret         bytea       not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default -1
);

-- Recovery codes, shown once: only keyed hashes are kept, each used at most once.
create table identity.mfa_recovery_codes (
    person_id uuid not null,
    code_hash text not null,
    used_at   timestamptz,
    primary key (person_id, code_hash)
);

-- Codes sent by mail at login: keyed hashes, valid for a while, a few tries each, used once.
-- The rows of the last quarter of an hour also limit how many mails a person can ask for.
create table identity.mfa_mail_codes (
    id         bigint generated always as identity primary key,
    person_id  uuid        not null,
    code_hash  text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    tries      int         not null default 0,
    spent      boolean     not null default false
);
create index mfa_mail_codes_person on identity.mfa_mail_codes (person_id, created_at desc);
