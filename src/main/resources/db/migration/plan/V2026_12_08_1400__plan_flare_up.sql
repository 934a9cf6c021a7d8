-- The flare-up plan (issue 14): a part of the shared plan the person writes with their team. Every
-- save adds a whole new version, never updated; the highest version is the plan now. An edit names
-- the version it started from, so a stale edit finds its version number taken (the primary key).
-- Each part is a short list, one item per line.
create table plan_flare_up_version (
    person_id       uuid not null references person (id),
    version         integer not null check (version >= 1),
    early_signs     text not null check (length(early_signs) <= 2000),
    what_helps      text not null check (length(what_helps) <= 2000),
    what_to_avoid   text not null check (length(what_to_avoid) <= 2000),
    who_to_contact  text not null check (length(who_to_contact) <= 2000),
    changed_by      uuid not null references account (id),
    changed_at      timestamptz not null,
    idempotency_key uuid not null unique,
    primary key (person_id, version)
);
