-- Teaching groups read from a register (AAF ENTEleveGroupes, ENTAuxEnsGroupes, ENTAuxEnsGroupesMatieres):
-- external_id holds the register's name of the group inside its structure, source the register.
-- Their members and teachings are the register's: each import rewrites them for the people it changes.
alter table directory.groups add column source text;
create unique index groups_external on directory.groups (structure_id, external_id) where external_id is not null;

-- A teaching group set up in the console is listed there before its first teaching.
alter table directory.groups add column teaching boolean not null default false;
update directory.groups g set teaching = true
where exists (select 1 from directory.group_teachings t where t.group_id = g.id);
