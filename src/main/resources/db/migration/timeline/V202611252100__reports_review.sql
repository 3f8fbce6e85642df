-- Reports review: a moderator dismisses a report or removes the reported notification for
-- everyone it reached (all entries of the same source). Who resolved it is kept for the
-- admins, never shown to the reporter.
alter table timeline.reports
    add column resolved_at timestamptz,
    add column resolution  text check (resolution in ('DISMISSED', 'REMOVED')),
    add column resolved_by uuid;
create index reports_open on timeline.reports (structure_id, reported_at desc) where resolved_at is null;
-- removing a notification for everyone finds its entries by source
create index entries_source on timeline.entries (source_key, type);
