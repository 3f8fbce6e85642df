-- The timeline's former "Signaler" kept its reports apart (timeline.reports, reviewed on a page
-- of its own). Its open reports move to the one queue, as reports of the NOTICE (the reporter's
-- entry) with the evidence the timeline kept: the notice's type, its words and link (its text is
-- rendered per language and was never stored), who received it. The old rows stay as they were.
with open as (
    select r.entry_id, r.reporter_id, r.structure_id, r.reported_at, e.type, e.args, e.link, e.source_key, e.created_at
    from timeline.reports r join timeline.entries e on e.id = r.entry_id
    where r.resolved_at is null
)
insert into moderation.evidence (type, target_id, author_id, author_name, title, body, recipients, created_at, link,
                                 sha256, taken_at)
select 'NOTICE', o.entry_id, null, '', o.type, array_to_string(o.args, ' – '),
       array(select x.person_id from timeline.entries x where x.type = o.type and x.source_key = o.source_key),
       o.created_at, o.link,
       encode(sha256(convert_to(concat_ws(E'\n', 'NOTICE', o.entry_id::text, o.type, array_to_string(o.args, E'\n'),
                                          o.link), 'UTF8')), 'hex'),
       o.reported_at
from open o
on conflict do nothing;

insert into moderation.reports (id, type, target_id, reporter_id, reason, structure_id, reported_at)
select gen_random_uuid(), 'NOTICE', r.entry_id, r.reporter_id, 'OTHER', r.structure_id, r.reported_at
from timeline.reports r join timeline.entries e on e.id = r.entry_id
where r.resolved_at is null
on conflict do nothing;

-- Notices that told admins of a report opened the former review page: they open the queue now
-- (the type stays declared for them in the timeline; nothing sends it any more).
update timeline.entries set link = '/moderation' where type = 'timeline.report';
