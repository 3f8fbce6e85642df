-- Resumable applies: the node working on an import beats its heartbeat; an import RUNNING or APPLYING whose
-- heartbeat is older than preau.imports.stale-after, its node gone, is shown as interrupted and may be resumed.
alter table feeding.imports add column heartbeat_at timestamptz;
alter table feeding.imports add column apply_started_at timestamptz;
update feeding.imports set heartbeat_at = updated_at;
update feeding.imports set apply_started_at = updated_at where status in ('APPLYING', 'APPLIED');

-- One import at a time in the cluster: a lease taken by one run (holder) and kept by its heartbeat, across the
-- many short transactions of an apply; a lease whose heartbeat is stale is free.
create table feeding.import_lease (
    id           int primary key check (id = 1),
    import_id    uuid,
    holder       uuid,
    heartbeat_at timestamptz
);
insert into feeding.import_lease (id) values (1);
