-- One-time activation codes handed to people on paper; only their hash is kept.
create table identity.activation_codes (
    person_id  uuid primary key,
    code_hash  text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
