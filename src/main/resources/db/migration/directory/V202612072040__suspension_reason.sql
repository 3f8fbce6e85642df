-- Why an admin suspended (blocked) a person: shown in the console, given back by the API.
alter table directory.persons add column blocked_reason text;
