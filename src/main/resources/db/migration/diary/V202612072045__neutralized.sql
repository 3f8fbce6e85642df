-- Entries hidden by moderation: every reader but the author stops seeing them until restored.
alter table diary.homework add column neutralized_at timestamptz;
alter table diary.sessions add column neutralized_at timestamptz;
