-- E-mail notices of new messages: at most one e-mail per account per record per quiet period.
-- A row is due while posted_at is later than notified_up_to; sending claims it (sending_since) so
-- two nodes never send the same notice, and a failed send waits until retry_after.

create table conversation_mail_notice (
    account_id     uuid not null references account (id),
    person_id      uuid not null references person (id),
    -- When the latest message the account has not been told about was posted.
    posted_at      timestamptz not null,
    notified_up_to timestamptz,
    last_sent_at   timestamptz,
    sending_since  timestamptz,
    failures       integer not null default 0,
    retry_after    timestamptz,
    primary key (account_id, person_id)
);

create index conversation_mail_notice_due_idx on conversation_mail_notice (posted_at)
    where notified_up_to is null or posted_at > notified_up_to;

-- A practitioner's choice about e-mail notices (on unless they turned it off). The person's own
-- choice is their contact preferences on the record.
create table conversation_mail_preference (
    account_id  uuid primary key references account (id),
    wants_email boolean not null,
    updated_at  timestamptz not null
);
