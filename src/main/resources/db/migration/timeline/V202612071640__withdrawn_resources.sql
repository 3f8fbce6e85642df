-- Resources whose notices were withdrawn (a message recalled, a post deleted or neutralised):
-- a notice about one of them that arrives afterwards (events are handled asynchronously, and
-- may be replayed) is not written.
create table timeline.withdrawn_resources (
    resource     text primary key,
    withdrawn_at timestamptz not null
);
