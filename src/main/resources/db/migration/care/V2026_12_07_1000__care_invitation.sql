-- Invitations to join one's own record (issue 13): an e-mailed link or a printed letter, each with
-- one short code kept only as its SHA-256 hash. One open invitation per person at a time.
create table care_invitation (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    method          text not null check (method in ('EMAIL', 'LETTER')),
    -- Where an e-mailed invitation went, so it can be resent; never logged or audited.
    email           text check (length(email) <= 254),
    code_hash       bytea not null unique,
    status          text not null check (status in
                        ('SENT', 'OPENED', 'LOCKED', 'ACCEPTED', 'WITHDRAWN', 'REPLACED')),
    invited_by      uuid not null references account (id),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    opened_at       timestamptz,
    failed_tries    integer not null default 0,
    ended_at        timestamptz,
    ended_by        uuid references account (id),
    idempotency_key uuid unique
);

create unique index care_invitation_one_open on care_invitation (person_id)
    where status in ('SENT', 'OPENED');

create index care_invitation_person on care_invitation (person_id, created_at desc);

-- Wrong codes typed from one network address, for slowing down guessing.
create table care_invitation_code_attempt (
    address      text not null,
    attempted_at timestamptz not null
);

create index care_invitation_code_attempt_address
    on care_invitation_code_attempt (address, attempted_at);

-- An admin linking or unlinking a sign-in and a record, with the reason they wrote.
create table care_record_link_change (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    account_id  uuid not null references account (id),
    change      text not null check (change in ('LINKED', 'UNLINKED')),
    reason      text not null check (length(reason) between 10 and 1000),
    changed_by  uuid not null references account (id),
    changed_at  timestamptz not null
);

-- The key that signs the short-lived cookie holding an opened invitation (made once, at random).
create table care_joining_key (
    id         integer primary key check (id = 1),
    secret     bytea not null,
    created_at timestamptz not null
);
