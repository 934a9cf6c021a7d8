-- Sign-in throttling that never locks the real person out (issue 12).
-- An attempt from a known device (a signed device cookie) names the device, so its failures count
-- against that device only; an unlock by emailed link starts an email's count again.
alter table sign_in_attempt add column device text;
alter table sign_in_attempt drop constraint sign_in_attempt_outcome_check;
alter table sign_in_attempt add constraint sign_in_attempt_outcome_check
    check (outcome in ('SUCCEEDED', 'FAILED', 'THROTTLED', 'UNLOCKED'));
create index sign_in_attempt_address_failed_idx on sign_in_attempt (address, attempted_at)
    where outcome = 'FAILED' and device is null;

-- Single-use links that unlock sign-in, e-mailed to the account. Only a SHA-256 hash of the token.
create table sign_in_unlock (
    token_hash bytea primary key,
    account_id uuid not null references account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index sign_in_unlock_account_idx on sign_in_unlock (account_id, created_at);
create index sign_in_unlock_expires_idx on sign_in_unlock (expires_at);

-- The key that signs device cookies: one row, made at random on first use, shared by every node.
-- Deleting it forgets every known device.
create table sign_in_device_key (
    id         int primary key check (id = 1),
    secret     bytea not null check (length(secret) >= 32),
    created_at timestamptz not null
);
