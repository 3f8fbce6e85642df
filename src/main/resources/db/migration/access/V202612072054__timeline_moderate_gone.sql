-- The timeline's own review of reported notices is gone (they go to the moderation queue): its
-- action timeline.moderate is no longer declared, so no role bundles it any more.
delete from access.role_actions where action = 'timeline.moderate';
delete from access.declared_role_items where item = 'action:timeline.moderate';
