-- Who changed the access model, when, where and what (ids and values only, no personal data
-- beyond ids): roles, territory defaults, a structure's rights, communication rules, explicit
-- rules, the kill switch and shares. Written in the transaction of the change itself.
create table access.audit (
    id           bigserial primary key,
    at           timestamptz not null,
    actor_id     uuid        not null,
    structure_id uuid,                  -- null: the territory, or a resource shared anywhere
    change       text        not null,
    detail       text        not null default ''
);
create index audit_at on access.audit (at desc, id desc);
create index audit_structure on access.audit (structure_id, at desc, id desc);
