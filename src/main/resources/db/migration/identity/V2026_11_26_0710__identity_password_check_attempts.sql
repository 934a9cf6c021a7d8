-- Every check of a signed-in person's current password (when they change it), kept to throttle
-- guessing by someone using a session left open, as sign_in_attempt does for sign-in.
create table password_check_attempt (
    id           bigint generated always as identity primary key,
    account_id   uuid not null references account (id) on delete cascade,
    outcome      text not null check (outcome in ('SUCCEEDED', 'FAILED', 'THROTTLED')),
    attempted_at timestamptz not null
);

create index password_check_attempt_account_idx on password_check_attempt (account_id, attempted_at);
create index password_check_attempt_time_idx on password_check_attempt (attempted_at);
