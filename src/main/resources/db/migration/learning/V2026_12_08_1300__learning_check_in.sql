-- Check-ins (issue 14): the person's pain and mood, 0 to 10 each, with optional words of their own.
-- Never changed once stored. A double submit stores one row (the form's idempotency key).
create table learning_check_in (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    pain            smallint not null check (pain between 0 and 10),
    mood            smallint not null check (mood between 0 and 10),
    words           text check (length(words) between 1 and 500),
    recorded_by     uuid not null references account (id),
    recorded_at     timestamptz not null,
    idempotency_key uuid not null unique
);

create index learning_check_in_person_idx on learning_check_in (person_id, recorded_at);
