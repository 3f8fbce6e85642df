-- Teaching groups read from a register (AAF ENTEleveGroupes, ENTAuxEnsGroupes, ENTAuxEnsGroupesMatieres):
-- external_id holds the register's name of the group inside its structure, source the register.
-- Their members and teachings are the register's: each import rewrites them for the people it changes.
alter table directory.groups add column source text;
create unique index groups_external on directory.groups (structure_id, external_id) where external_id is not null;
