-- Signing in with NHS login (people) and NHS CIS2 (staff), docs/security.md.

-- An account made by NHS login has no password, so it can never sign in with the form. Only a
-- person receiving care may be without one: staff accounts keep theirs.
alter table account alter column password_hash drop not null;
alter table account add constraint account_password_unless_patient
    check (password_hash is not null or role = 'PATIENT');

-- Staff pre-registered by an admin for NHS CIS2: their CIS2 user id (UUID, a 12-digit number).
alter table account add column cis2_user_id text unique
    check (cis2_user_id ~ '^[0-9]{6,20}$');

-- An organisation's ODS code: a CIS2 sign-in's selected role must be at one Tandem knows.
alter table organisation add column ods_code text unique
    check (ods_code ~ '^[A-Z0-9]{3,10}$');

-- Who has signed in with whom: the provider's subject and the account it signs in to, with the
-- identity proofing level (NHS login, P0/P5/P9) or authenticator assurance (CIS2 acr) last seen.
create table external_identity (
    provider            text not null check (provider in ('NHS_LOGIN', 'CIS2')),
    subject             text not null check (length(subject) between 1 and 200),
    account_id          uuid not null references account (id),
    assurance           text not null check (length(assurance) between 1 and 40),
    first_signed_in_at  timestamptz not null,
    last_signed_in_at   timestamptz not null,
    primary key (provider, subject)
);

create index external_identity_account_idx on external_identity (account_id);
