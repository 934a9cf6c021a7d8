-- Tandem's own directory tables beside the ORUK ones: signposts from a person's record and what
-- came of them, saved searches, and problems reported with a listing.

create table directory_signpost (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    service_id      uuid not null references directory_service (id),
    reason          text not null check (length(trim(reason)) between 1 and 1000),
    signposted_by   uuid not null references account (id),
    signposted_at   timestamptz not null,
    idempotency_key uuid not null unique,
    -- The latest outcome (copied from directory_signpost_outcome); null until one is recorded.
    outcome         text check (outcome in ('contacted', 'waiting', 'attending', 'not-suitable',
                                            'helped', 'did-not-help')),
    outcome_at      timestamptz,
    version         integer not null default 0
);

create index directory_signpost_person on directory_signpost (person_id, signposted_at desc);
create index directory_signpost_service on directory_signpost (service_id);
create index directory_signpost_open on directory_signpost (signposted_at) where outcome is null;

-- Every outcome recorded, oldest first; the person or a team member may record one.
create table directory_signpost_outcome (
    id              uuid primary key,
    signpost_id     uuid not null references directory_signpost (id),
    outcome         text not null check (outcome in ('contacted', 'waiting', 'attending',
                                                     'not-suitable', 'helped', 'did-not-help')),
    -- Why it was not suitable, or anything else worth saying.
    note            text check (length(note) <= 1000),
    recorded_by     uuid not null references account (id),
    recorded_at     timestamptz not null,
    idempotency_key uuid not null unique,
    check (outcome <> 'not-suitable' or length(trim(note)) > 0)
);

create index directory_signpost_outcome_signpost on directory_signpost_outcome (signpost_id);

create table directory_saved_search (
    id         uuid primary key,
    account_id uuid not null references account (id),
    name       text not null check (length(trim(name)) between 1 and 100),
    -- The search as a query string of the search page (need=...&postcode=...), checked when saved.
    query      text not null check (length(query) <= 2000),
    created_at timestamptz not null,
    unique (account_id, name)
);

create table directory_problem_report (
    id           uuid primary key,
    service_id   uuid not null references directory_service (id) on delete cascade,
    description  text not null check (length(trim(description)) between 1 and 2000),
    -- Null when reported by someone not signed in.
    reported_by  uuid references account (id),
    reported_at  timestamptz not null,
    status       text not null default 'open' check (status in ('open', 'resolved')),
    resolved_by  uuid references account (id),
    resolved_at  timestamptz,
    resolution   text check (length(resolution) <= 2000),
    idempotency_key uuid not null unique,
    check ((status = 'resolved') = (resolved_at is not null))
);

create index directory_problem_report_open on directory_problem_report (reported_at) where status = 'open';
