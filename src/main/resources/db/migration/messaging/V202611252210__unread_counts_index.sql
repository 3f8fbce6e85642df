-- Unread counts per box (the boxes' menu, the launcher's badge) on every messaging page: read
-- them from the index alone (folder and personal folder in it) instead of visiting the heap
-- row of each unread message.
create index entries_unread_boxes on messaging.entries (person_id, folder, folder_id) where unread;
drop index messaging.entries_unread;
