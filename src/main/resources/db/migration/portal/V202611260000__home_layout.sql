-- Each person's home page: the position of each widget they moved and whether they hid it.
-- No row for a person: the widgets' default order, all shown.
create table portal.home_layout (
    person_id  uuid    not null,
    widget_key text    not null,
    position   integer not null,
    hidden     boolean not null default false,
    primary key (person_id, widget_key)
);
