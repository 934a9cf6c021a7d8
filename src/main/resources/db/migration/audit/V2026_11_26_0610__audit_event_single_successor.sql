-- Each row has exactly one successor: a second row naming the same predecessor would fork the
-- chain, so the database refuses it even if a writer ever skipped the chain lock.
create unique index audit_event_previous_hash_key on audit_event (previous_hash);

-- Search by account also finds events about an account (details key "account"), not only by it.
create index audit_event_subject_account_idx on audit_event ((details ->> 'account'), occurred_at);
