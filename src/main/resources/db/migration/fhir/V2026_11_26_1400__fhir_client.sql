-- Systems registered to use the FHIR interface, each acting for one organisation: it reads the
-- records of people whose care team has someone from that organisation on it. Only a SHA-256 hash
-- of each bearer token is kept; the token itself is shown once, when an admin registers the client.
-- Revoking sets active to false; no row is ever deleted, so the audit log's actor ids stay known.

create table fhir_client (
    id              uuid primary key,
    name            text not null check (length(name) between 1 and 100),
    organisation_id uuid not null references organisation (id),
    token_hash      text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    active          boolean not null default true,
    created_at      timestamptz not null,
    created_by      uuid not null references account (id),
    revoked_at      timestamptz,
    revoked_by      uuid references account (id),
    idempotency_key uuid not null unique,
    check (active = (revoked_at is null))
);

create index fhir_client_organisation_idx on fhir_client (organisation_id);
