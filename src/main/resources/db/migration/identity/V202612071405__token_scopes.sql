-- What a personal access token may do on the API: READ (reading only), MESSAGING, DIARY,
-- ADMIN (everything the person's rights allow). Tokens created before keep every scope;
-- new ones get what their owner ticks, reading only by default.
alter table identity.access_tokens add column scopes text[] not null default '{READ,MESSAGING,DIARY,ADMIN}';
alter table identity.access_tokens alter column scopes set default '{READ}';
