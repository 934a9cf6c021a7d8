-- Questionnaires asked of a person, their answers item by item, and the server's score.
-- Instruments themselves are files (src/main/resources/measures and the deployer's pack): the
-- instrument column holds an instrument's id ('phq-9').

-- A team member asks the person to complete a questionnaire: once, every N weeks, or before an
-- appointment. next_due is when the next one is due; null once a one-off is done or it has ended.
create table measures_assignment (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    instrument      text not null check (instrument ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    schedule        text not null check (schedule in ('once', 'repeating', 'before-appointment')),
    every_weeks     integer check (every_weeks between 1 and 52),
    next_due        date,
    assigned_by     uuid not null references account (id),
    assigned_at     timestamptz not null,
    ended_by        uuid references account (id),
    ended_at        timestamptz,
    idempotency_key uuid unique,
    version         integer not null default 0,
    check ((schedule = 'repeating') = (every_weeks is not null))
);

create index measures_assignment_due on measures_assignment (next_due) where ended_at is null;
create index measures_assignment_person on measures_assignment (person_id);

-- One go at a questionnaire. In progress while the person answers (saved as they go); submitted
-- once, when the server scores it. total, band and caseness are the server's, never the sender's.
create table measures_response (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    instrument      text not null check (instrument ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    assignment_id   uuid references measures_assignment (id),
    status          text not null check (status in ('in-progress', 'submitted')),
    layout          text not null default 'one-per-page'
                    check (layout in ('one-per-page', 'all-on-one-page')),
    source          text not null default 'web' check (source in ('web', 'fhir')),
    started_by      uuid references account (id),
    started_at      timestamptz not null,
    submitted_by    uuid references account (id),
    submitted_at    timestamptz,
    total           integer,
    band            text,
    caseness        boolean,
    -- Subscale totals by subscale id: {"anxiety": 3, "depression": 2}.
    subscales       jsonb,
    -- The sender's key for a response created in one step (FHIR create): one response per key.
    idempotency_key text check (length(idempotency_key) <= 200),
    version         integer not null default 0,
    unique (person_id, idempotency_key),
    check ((status = 'submitted') = (submitted_at is not null and total is not null))
);

create index measures_response_results
    on measures_response (person_id, instrument, submitted_at)
    where status = 'submitted';
create index measures_response_in_progress
    on measures_response (person_id)
    where status = 'in-progress';

create table measures_answer (
    response_id uuid not null references measures_response (id),
    link_id     text not null check (length(link_id) between 1 and 100),
    value       integer not null,
    answered_at timestamptz not null,
    answered_by uuid references account (id),
    primary key (response_id, link_id)
);
