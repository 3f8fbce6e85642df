-- The mail address a person proved to own (by a link sent to it): the only address that
-- password resets, login reminders, new-device alerts and MFA codes are sent to.
create table identity.verified_emails (
    person_id   uuid        primary key,
    email       text        not null,
    verified_at timestamptz not null
);
