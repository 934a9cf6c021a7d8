-- SMART Backend Services (docs/fhir.md): a connected system proves who it is with a JWT signed by
-- its own private key; Tandem keeps only the public key (pasted as a JWK or JWKS) or the address
-- of its JWKS, and the scopes an admin allowed it. Old-style clients keep their static token until
-- their end date (token_ends_on, or the deployer's tandem.fhir.static-tokens-end when null).

alter table fhir_client alter column token_hash drop not null;
alter table fhir_client add column token_ends_on date;

create table fhir_smart_client (
    client_id  uuid primary key references fhir_client (id),
    jwks_url   text check (jwks_url is null or length(jwks_url) between 9 and 2000),
    jwks       text check (jwks is null or length(jwks) between 2 and 20000),
    scopes     text not null check (length(scopes) between 1 and 1000),
    check ((jwks_url is null) <> (jwks is null))
);

-- Every client assertion's jti, until the assertion has expired: a jti seen before is a replay.
create table fhir_client_assertion (
    client_id  uuid not null references fhir_client (id),
    jti        text not null check (length(jti) between 1 and 256),
    expires_at timestamptz not null,
    primary key (client_id, jti)
);

create index fhir_client_assertion_expiry_idx on fhir_client_assertion (expires_at);

-- Access tokens are opaque random strings, stored only as their SHA-256 hash, valid five minutes.
create table fhir_access_token (
    token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    client_id  uuid not null references fhir_client (id),
    scopes     text not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);

create index fhir_access_token_expiry_idx on fhir_access_token (expires_at);
