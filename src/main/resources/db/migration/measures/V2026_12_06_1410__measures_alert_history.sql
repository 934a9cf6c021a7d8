-- The record's alert history lists every alert for a person, closed ones too: the index on
-- person_id covered only alerts not closed.
create index measures_alert_person_history on measures_alert (person_id, raised_at);
