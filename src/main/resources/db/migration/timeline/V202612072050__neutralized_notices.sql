-- Notices hidden for everyone (a reported notice neutralized): each entry taken out of a feed is kept here with
-- what a restore puts back (whether it was read, when it was to be mailed).
create table timeline.neutralized_entries (
    entry_id       uuid primary key references timeline.entries (id) on delete cascade,
    read_at        timestamptz,
    mail_at        timestamptz,
    neutralized_at timestamptz not null
);
