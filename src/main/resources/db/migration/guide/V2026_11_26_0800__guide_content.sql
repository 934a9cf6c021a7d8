-- The practitioner guide, replaced from its Markdown files at every start (one transaction).
create table guide_area (
    id        text primary key,
    position  integer not null unique,
    title     text not null,
    summary   text not null,
    body_html text not null
);

create table guide_problem (
    id        text primary key,
    area_id   text not null references guide_area (id),
    title     text not null,
    summary   text not null,
    body_html text not null,
    roles     text[] not null,
    settings  text[] not null
);

create index guide_problem_area_idx on guide_problem (area_id);

create table guide_solution (
    id         text primary key,
    title      text not null,
    summary    text not null,
    body_html  text not null,
    principles text[] not null
);

create table guide_barrier (
    id        text primary key,
    title     text not null,
    ideas     text[] not null,
    body_html text not null
);

create table guide_example (
    id           text primary key,
    title        text not null,
    organisation text not null,
    kind         text not null check (kind in ('test-team', 'programme')),
    source_title text not null,
    source_url   text not null check (source_url ~ '^https?://'),
    body_html    text not null
);

create table guide_problem_solution (
    problem_id  text not null references guide_problem (id) on delete cascade,
    solution_id text not null references guide_solution (id) on delete cascade,
    position    integer not null,
    primary key (problem_id, solution_id)
);

create table guide_problem_barrier (
    problem_id text not null references guide_problem (id) on delete cascade,
    barrier_id text not null references guide_barrier (id) on delete cascade,
    position   integer not null,
    primary key (problem_id, barrier_id)
);

create table guide_problem_example (
    problem_id text not null references guide_problem (id) on delete cascade,
    example_id text not null references guide_example (id) on delete cascade,
    position   integer not null,
    primary key (problem_id, example_id)
);

create index guide_problem_solution_solution_idx on guide_problem_solution (solution_id);
create index guide_problem_barrier_barrier_idx on guide_problem_barrier (barrier_id);
create index guide_problem_example_example_idx on guide_problem_example (example_id);

-- One row per searchable entry. Title weighs most (A), then summary (B), then body (C).
create table guide_search_entry (
    kind     text not null check (kind in ('problem', 'solution', 'barrier', 'example')),
    entry_id text not null,
    title    text not null,
    summary  text not null,
    body     text not null,
    document tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', summary), 'B')
        || setweight(to_tsvector('english', body), 'C')
    ) stored,
    primary key (kind, entry_id)
);

create index guide_search_entry_document_idx on guide_search_entry using gin (document);
