-- Self-service password reset (issue 13): single-use links e-mailed to the account, 30 minutes.
-- Only a SHA-256 hash of each link's token is stored.
create table password_reset (
    token_hash bytea primary key,
    account_id uuid not null references account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index password_reset_account_idx on password_reset (account_id, created_at);
create index password_reset_expires_idx on password_reset (expires_at);

-- Requests for a reset link by network address, to slow one address asking for many links. No
-- email address is kept here.
create table password_reset_request (
    id           bigserial primary key,
    address      text not null,
    requested_at timestamptz not null
);

create index password_reset_request_address_idx on password_reset_request (address, requested_at);

-- Two-factor sign-in with an authenticator app (TOTP, RFC 6238). The secret is never shown again
-- after set-up; last_step is the last time step accepted, so a code is never accepted twice.
create table two_factor (
    account_id uuid primary key references account (id) on delete cascade,
    secret     text not null,
    last_step  bigint not null default 0,
    enabled_at timestamptz not null
);

-- One-time recovery codes: SHA-256 hashes only, each used once.
create table two_factor_recovery_code (
    code_hash  bytea primary key,
    account_id uuid not null references account (id) on delete cascade,
    used_at    timestamptz
);

create index two_factor_recovery_code_account_idx on two_factor_recovery_code (account_id);

-- Code checks at sign-in and when turning two-factor off, for the throttle (kept a day).
create table two_factor_attempt (
    id           bigserial primary key,
    account_id   uuid not null references account (id) on delete cascade,
    outcome      text not null check (outcome in ('SUCCEEDED', 'FAILED', 'THROTTLED')),
    attempted_at timestamptz not null
);

create index two_factor_attempt_account_idx on two_factor_attempt (account_id, attempted_at);
