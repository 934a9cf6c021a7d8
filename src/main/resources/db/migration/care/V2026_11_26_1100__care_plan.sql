-- The shared care plan: one per person. Every change raises the plan's version by one and keeps a
-- snapshot of the whole plan at that version, with who made the change, when, and what it was.
-- A goal or action remembers the plan version that last changed it (changed_in_version), so an edit
-- started from an older plan version is stale exactly when its item has changed since.

create table care_plan (
    person_id  uuid primary key references person (id),
    version    integer not null default 0 check (version >= 0),
    created_at timestamptz not null,
    updated_by uuid references account (id),
    updated_at timestamptz not null
);

create table care_plan_goal (
    id                 uuid primary key,
    person_id          uuid not null references care_plan (person_id),
    section            text not null
                       check (section in ('PAIN_AND_PHYSICAL_FUNCTION', 'MENTAL_HEALTH_AND_WELLBEING',
                                          'SHARED')),
    title              text not null check (length(title) between 1 and 200),
    target             text not null default '' check (length(target) <= 500),
    -- A team member's account, or null when the person owns the goal themself.
    owner_account_id   uuid references account (id),
    status             text not null
                       check (status in ('NOT_STARTED', 'IN_PROGRESS', 'MET', 'STOPPED')),
    review_date        date,
    idempotency_key    uuid not null unique,
    created_in_version integer not null,
    changed_in_version integer not null,
    created_by         uuid not null references account (id),
    created_at         timestamptz not null,
    updated_by         uuid not null references account (id),
    updated_at         timestamptz not null
);

create index care_plan_goal_person_idx on care_plan_goal (person_id, created_at);

create table care_plan_action (
    id                  uuid primary key,
    person_id           uuid not null references care_plan (person_id),
    section             text not null
                        check (section in ('PAIN_AND_PHYSICAL_FUNCTION', 'MENTAL_HEALTH_AND_WELLBEING',
                                           'SHARED')),
    what                text not null check (length(what) between 1 and 300),
    -- A team member's account, or null when the person will do it themself.
    assignee_account_id uuid references account (id),
    due_date            date,
    done                boolean not null default false,
    idempotency_key     uuid not null unique,
    created_in_version  integer not null,
    changed_in_version  integer not null,
    created_by          uuid not null references account (id),
    created_at          timestamptz not null,
    updated_by          uuid not null references account (id),
    updated_at          timestamptz not null
);

create index care_plan_action_person_idx on care_plan_action (person_id, created_at);
create index care_plan_action_open_due_idx on care_plan_action (due_date) where not done;

-- One row per plan version: the plan as it stood after the change (JSON), never updated.
create table care_plan_version (
    person_id  uuid not null references care_plan (person_id),
    version    integer not null check (version >= 1),
    what       text not null check (what ~ '^[a-z][a-z-]{0,39}$'),
    title      text not null check (length(title) <= 200),
    changed_by uuid not null references account (id),
    changed_at timestamptz not null,
    snapshot   jsonb not null,
    primary key (person_id, version)
);
