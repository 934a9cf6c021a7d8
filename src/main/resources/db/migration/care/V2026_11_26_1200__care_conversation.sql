-- The conversation on each person's record: one main thread (title null) and any topic threads,
-- their messages (never deleted; edits keep every earlier text; an admin may hide one), replies
-- asked for, and how far each account has read each thread.

create table conversation_thread (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    -- Null for the person's one ongoing conversation; a topic thread has a title.
    title           text check (length(title) between 1 and 100),
    started_by      uuid references account (id),
    started_at      timestamptz not null,
    idempotency_key uuid,
    unique (started_by, idempotency_key)
);

create unique index conversation_thread_main on conversation_thread (person_id) where title is null;
create index conversation_thread_person_idx on conversation_thread (person_id, started_at);

create table conversation_message (
    id                   uuid primary key,
    -- The order messages were posted in, across all threads: read markers point into it.
    seq                  bigint generated always as identity unique,
    thread_id            uuid not null references conversation_thread (id),
    person_id            uuid not null references person (id),
    -- Who wrote it. Only demo messages from a person without an account of their own have none.
    author_account_id    uuid references account (id),
    by_the_person        boolean not null,
    text                 text not null check (length(text) between 1 and 5000),
    posted_at            timestamptz not null,
    -- A named member asked to reply; cleared when they post in the thread.
    reply_requested_from uuid references account (id),
    replied_at           timestamptz,
    reply_id             uuid references conversation_message (id),
    version              integer not null default 0,
    edited_at            timestamptz,
    hidden_at            timestamptz,
    hidden_by            uuid references account (id),
    hidden_reason        text check (length(hidden_reason) between 1 and 1000),
    idempotency_key      uuid,
    unique (author_account_id, idempotency_key),
    check (author_account_id is not null or by_the_person),
    check ((hidden_at is null) = (hidden_by is null))
);

create index conversation_message_thread_idx on conversation_message (thread_id, seq);
create index conversation_message_person_idx on conversation_message (person_id, seq);
create index conversation_message_awaiting_idx on conversation_message (reply_requested_from)
    where reply_requested_from is not null and replied_at is null;

-- Each earlier text of an edited message: version 0 is what was first posted.
create table conversation_message_edit (
    message_id  uuid not null references conversation_message (id),
    version     integer not null,
    text        text not null check (length(text) between 1 and 5000),
    written_at  timestamptz not null,
    replaced_at timestamptz not null,
    primary key (message_id, version)
);

-- How far each account has read each thread: every message up to and including read_up_to (seq).
create table conversation_read (
    thread_id  uuid not null references conversation_thread (id),
    account_id uuid not null references account (id),
    read_up_to bigint not null,
    read_at    timestamptz not null,
    primary key (thread_id, account_id)
);

create index conversation_read_account_idx on conversation_read (account_id);
