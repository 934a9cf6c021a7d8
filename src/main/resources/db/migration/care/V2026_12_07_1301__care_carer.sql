-- People who help a person (a carer, a family member, a friend), with the person's consent.
-- The person invites them by e-mail (a single-use link; only its SHA-256 hash is stored) and
-- chooses what they may do. Accepting the invitation makes a consent; the person can withdraw it
-- at any time, with immediate effect (CareAccess reads it on every request).

create table carer_invitation (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    token_hash      bytea not null unique,
    name            text not null check (length(name) between 1 and 100),
    relationship    text not null check (length(relationship) between 1 and 60),
    email           text not null check (length(email) between 3 and 254),
    may_read_plan   boolean not null,
    may_converse    boolean not null,
    may_see_results boolean not null,
    may_help_answer boolean not null,
    invited_by      uuid not null references account (id),
    idempotency_key uuid unique,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    withdrawn_at    timestamptz,
    check (may_read_plan or may_converse or may_see_results or may_help_answer)
);

create index carer_invitation_person_idx on carer_invitation (person_id, created_at);

create table carer_consent (
    id               uuid primary key,
    person_id        uuid not null references person (id),
    carer_account_id uuid not null references account (id),
    name             text not null check (length(name) between 1 and 100),
    relationship     text not null check (length(relationship) between 1 and 60),
    may_read_plan    boolean not null,
    may_converse     boolean not null,
    may_see_results  boolean not null,
    may_help_answer  boolean not null,
    given_by         uuid not null references account (id),
    invitation_id    uuid references carer_invitation (id),
    started_at       timestamptz not null,
    withdrawn_at     timestamptz,
    withdrawn_by     uuid references account (id)
);

-- At most one current consent per person and helper: a new one ends the old.
create unique index carer_consent_current_idx on carer_consent (person_id, carer_account_id)
    where withdrawn_at is null;
create index carer_consent_carer_idx on carer_consent (carer_account_id) where withdrawn_at is null;
