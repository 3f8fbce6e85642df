-- Personal access tokens for the JSON API (Authorization: Bearer ...), for the mobile app and
-- integration scripts. Only a SHA-256 of the token is kept; it is shown once at creation.
create table identity.access_tokens (
    id           uuid        primary key,
    person_id    uuid        not null,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_tokens_person on identity.access_tokens (person_id, created_at desc);
