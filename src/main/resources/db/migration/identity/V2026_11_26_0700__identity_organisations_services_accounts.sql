-- Organisations, the services (teams) within them, and the accounts of the people who use Tandem.
-- Every table carries a version for optimistic edits and an idempotency key so a double submit
-- of a create form stores one row.

create table organisation (
    id              uuid primary key,
    name            text not null check (length(name) between 1 and 200),
    kind            text not null check (kind in ('NHS_TRUST', 'GP_PRACTICE', 'CHARITY', 'OTHER')),
    idempotency_key uuid unique,
    version         integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create unique index organisation_name_unique on organisation (lower(name));

create table care_service (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null check (length(name) between 1 and 200),
    kind            text not null check (kind in ('MSK_PHYSIOTHERAPY', 'PAIN_SERVICE',
                        'TALKING_THERAPIES', 'COMMUNITY_MENTAL_HEALTH', 'PRIMARY_CARE',
                        'VOLUNTARY_SECTOR', 'OTHER')),
    idempotency_key uuid unique,
    version         integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create unique index care_service_name_unique on care_service (organisation_id, lower(name));

create table account (
    id                   uuid primary key,
    email                text not null check (length(email) between 3 and 254),
    display_name         text not null check (length(display_name) between 1 and 100),
    password_hash        text not null,
    password_must_change boolean not null default false,
    role                 text not null check (role in ('PATIENT', 'PRACTITIONER', 'SERVICE_LEAD', 'ADMIN')),
    discipline           text check (discipline in ('PHYSIOTHERAPIST', 'MENTAL_HEALTH_PRACTITIONER',
                             'GP', 'PAIN_SPECIALIST', 'VOLUNTEER')),
    active               boolean not null default true,
    -- Set only by the demo seeder, so the production profile can find demo accounts even if renamed.
    demo                 boolean not null default false,
    idempotency_key      uuid unique,
    version              integer not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    constraint account_practitioner_has_discipline
        check ((role = 'PRACTITIONER') = (discipline is not null))
);

create unique index account_email_unique on account (lower(email));
create index account_display_name_idx on account (lower(display_name));

create table account_organisation (
    account_id      uuid not null references account (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (account_id, organisation_id)
);

create table account_service (
    account_id uuid not null references account (id) on delete cascade,
    service_id uuid not null references care_service (id),
    primary key (account_id, service_id)
);

-- Every sign-in attempt, kept to throttle guessing per email address and per network address.
-- The email is the one typed (lower-cased), whether or not an account has it.
create table sign_in_attempt (
    id           bigint generated always as identity primary key,
    email        text not null,
    address      text not null,
    outcome      text not null check (outcome in ('SUCCEEDED', 'FAILED', 'THROTTLED')),
    attempted_at timestamptz not null
);

create index sign_in_attempt_email_idx on sign_in_attempt (email, attempted_at);
create index sign_in_attempt_address_idx on sign_in_attempt (address, attempted_at);
create index sign_in_attempt_time_idx on sign_in_attempt (attempted_at);
