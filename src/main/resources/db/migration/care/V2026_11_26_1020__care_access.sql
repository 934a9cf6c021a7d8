-- Break-glass: time-limited access to a record by someone off its team, with a written reason,
-- listed for admins until reviewed. And when each member last looked at each record.

create table break_glass_grant (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    account_id  uuid not null references account (id),
    reason      text not null check (length(reason) between 1 and 1000),
    started_at  timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_by uuid references account (id),
    reviewed_at timestamptz,
    check (expires_at > started_at)
);

create index break_glass_grant_access_idx on break_glass_grant (person_id, account_id, expires_at);
create index break_glass_grant_unreviewed_idx on break_glass_grant (started_at)
    where reviewed_at is null;

create table care_record_visit (
    person_id    uuid not null references person (id),
    account_id   uuid not null references account (id),
    last_seen_at timestamptz not null,
    primary key (person_id, account_id)
);
