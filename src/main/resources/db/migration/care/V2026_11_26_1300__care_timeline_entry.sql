-- The timeline: one row per thing that happened on a person's record, written by event listeners
-- in the same transaction as the change. A read model: it can be rebuilt from the events.
-- kind is a code such as 'plan.goal-met' or 'team.joined'; new parts of the record add kinds
-- without a schema change. source_id names what happened, so a replayed event adds nothing.

create table care_timeline_entry (
    id          uuid primary key,
    -- Breaks ties between entries at the same moment: later writes come first when newest first.
    seq         bigint generated always as identity,
    person_id   uuid not null references person (id),
    occurred_at timestamptz not null,
    kind        text not null check (kind ~ '^[a-z][a-z0-9-]{0,30}(\.[a-z][a-z0-9-]{0,30})?$'),
    actor_id    uuid references account (id),
    title       text not null check (length(title) between 1 and 200),
    -- A path inside Tandem, never another site.
    link        text check (link ~ '^/[A-Za-z0-9]' and length(link) <= 300),
    source_id   uuid not null,
    recorded_at timestamptz not null default now(),
    unique (kind, source_id)
);

create index care_timeline_entry_person_idx
    on care_timeline_entry (person_id, occurred_at desc, seq desc);
