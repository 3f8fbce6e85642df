-- Single-use links sent by mail (proving an address, resetting a password). Only a hash of
-- the token is kept; a link is used once, expires, and a newer one of the same purpose
-- replaces the older ones (used_at is set). Rows are kept a day after they expire, so that
-- the number sent in the last hour can be counted.
create table identity.mail_tokens (
    token_hash text        primary key,
    person_id  uuid        not null,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    email      text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index mail_tokens_person on identity.mail_tokens (person_id, purpose, created_at desc);

-- The browsers each person logged in from, known by a long-lived random cookie of which only
-- a hash is kept, with a short description ("Firefox, Windows"): a login from an unknown one
-- sends an alert to the person's verified address.
create table identity.known_devices (
    person_id   uuid        not null,
    device_hash text        not null,
    summary     text        not null,
    first_seen  timestamptz not null,
    last_seen   timestamptz not null,
    primary key (person_id, device_hash)
);

-- "Identifiant oublié": the accounts whose verified address is the one typed.
create index verified_emails_address on identity.verified_emails (lower(email));
