-- Directory editors' new listings: one row per create form's idempotency key, so a double submit
-- of the "Add a service" form stores one listing and returns the first one.
create table directory_listing_creation (
    idempotency_key uuid primary key,
    service_id      uuid not null references directory_service (id) on delete cascade,
    created_by      uuid not null references account (id),
    created_at      timestamptz not null
);

create index directory_listing_creation_service on directory_listing_creation (service_id);
