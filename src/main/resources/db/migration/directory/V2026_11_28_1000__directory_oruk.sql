-- The signposting directory, stored in the shape of Open Referral UK (the UK profile of HSDS 3.0):
-- one table per HSDS entity, same column names, UUID ids. Import, export and the /oruk API map
-- these tables to and from ORUK JSON and the HSDS CSV datapackage without renaming anything.
-- Columns the UK profile removed but base HSDS 3.0 keeps (phones on a service, language name and
-- code) are kept: ORUK allows extra properties that do not conflict.

create table directory_organization (
    id                     uuid primary key,
    name                   text not null check (length(trim(name)) between 1 and 300),
    description            text not null check (length(description) <= 10000),
    email                  text check (length(email) <= 320),
    website                text check (length(website) <= 2000),
    logo                   text check (length(logo) <= 2000),
    uri                    text check (length(uri) <= 2000),
    parent_organization_id uuid
);

create table directory_organization_identifier (
    id                uuid primary key,
    organization_id   uuid not null references directory_organization (id) on delete cascade,
    identifier_scheme text,
    identifier_type   text not null,
    identifier        text not null
);

create table directory_service (
    id              uuid primary key,
    organization_id uuid not null references directory_organization (id),
    name            text not null check (length(trim(name)) between 1 and 300),
    description     text check (length(description) <= 10000),
    url             text check (length(url) <= 2000),
    email           text check (length(email) <= 320),
    status          text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    fees            text check (length(fees) <= 2000),
    accreditations  text check (length(accreditations) <= 2000),
    minimum_age     integer check (minimum_age between 0 and 150),
    maximum_age     integer check (maximum_age between 0 and 150),
    assured_date    date,
    assurer_email   text check (length(assurer_email) <= 320),
    alert           text check (length(alert) <= 2000),
    last_modified   timestamptz not null,
    -- Tandem's own: when someone last checked the listing is true, and who looks after it.
    verified_on     date not null,
    owner_account   uuid references account (id),
    version         integer not null default 0,
    search_document tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored,
    check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age)
);

create index directory_service_organization on directory_service (organization_id);
create index directory_service_search on directory_service using gin (search_document);
create index directory_service_verified on directory_service (verified_on);

create table directory_location (
    id                       uuid primary key,
    location_type            text not null check (location_type in ('physical', 'postal', 'virtual')),
    name                     text check (length(name) <= 300),
    description              text check (length(description) <= 10000),
    latitude                 double precision check (latitude between -90 and 90),
    longitude                double precision check (longitude between -180 and 180),
    external_identifier      text,
    external_identifier_type text,
    check ((latitude is null) = (longitude is null))
);

create index directory_location_position on directory_location (latitude, longitude)
    where latitude is not null;

create table directory_address (
    id             uuid primary key,
    location_id    uuid not null references directory_location (id) on delete cascade,
    attention      text,
    address_1      text not null,
    address_2      text,
    city           text not null,
    region         text,
    state_province text not null,
    postal_code    text not null,
    country        text not null check (country ~ '^[A-Z]{2}$'),
    address_type   text not null check (address_type in ('physical', 'postal', 'virtual'))
);

create index directory_address_location on directory_address (location_id);

create table directory_accessibility (
    id          uuid primary key,
    location_id uuid not null references directory_location (id) on delete cascade,
    description text,
    details     text,
    url         text
);

create index directory_accessibility_location on directory_accessibility (location_id);

create table directory_service_at_location (
    id          uuid primary key,
    service_id  uuid not null references directory_service (id) on delete cascade,
    location_id uuid not null references directory_location (id),
    unique (service_id, location_id)
);

create index directory_service_at_location_location on directory_service_at_location (location_id);

create table directory_contact (
    id                      uuid primary key,
    organization_id         uuid references directory_organization (id) on delete cascade,
    service_id              uuid references directory_service (id) on delete cascade,
    service_at_location_id  uuid references directory_service_at_location (id) on delete cascade,
    location_id             uuid references directory_location (id) on delete cascade,
    name                    text,
    title                   text,
    department              text,
    email                   text
);

create index directory_contact_service on directory_contact (service_id);

create table directory_phone (
    id                     uuid primary key,
    location_id            uuid references directory_location (id) on delete cascade,
    service_id             uuid references directory_service (id) on delete cascade,
    organization_id        uuid references directory_organization (id) on delete cascade,
    contact_id             uuid references directory_contact (id) on delete cascade,
    service_at_location_id uuid references directory_service_at_location (id) on delete cascade,
    number                 text not null check (length(number) between 1 and 50),
    extension              text,
    type                   text,
    description            text
);

create index directory_phone_service on directory_phone (service_id);

-- Opening times, iCal style: freq WEEKLY with byday (MO,TU,...) and opens_at/closes_at.
create table directory_schedule (
    id                     uuid primary key,
    service_id             uuid references directory_service (id) on delete cascade,
    location_id            uuid references directory_location (id) on delete cascade,
    service_at_location_id uuid references directory_service_at_location (id) on delete cascade,
    valid_from             date,
    valid_to               date,
    dtstart                date,
    timezone               numeric,
    until                  date,
    count                  integer,
    wkst                   text check (wkst in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    freq                   text check (freq in ('WEEKLY', 'MONTHLY')),
    interval               integer check (interval > 0),
    byday                  text check (byday ~ '^([+-]?[0-9]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[0-9]?(MO|TU|WE|TH|FR|SA|SU))*$'),
    byweekno               text,
    bymonthday             text,
    byyearday              text,
    description            text,
    opens_at               time,
    closes_at              time,
    schedule_link          text,
    attending_type         text,
    notes                  text
);

create index directory_schedule_service on directory_schedule (service_id);

create table directory_service_area (
    id                     uuid primary key,
    service_id             uuid references directory_service (id) on delete cascade,
    service_at_location_id uuid references directory_service_at_location (id) on delete cascade,
    name                   text,
    description            text,
    extent                 text,
    extent_type            text,
    uri                    text
);

create index directory_service_area_service on directory_service_area (service_id);

create table directory_language (
    id          uuid primary key,
    service_id  uuid references directory_service (id) on delete cascade,
    location_id uuid references directory_location (id) on delete cascade,
    phone_id    uuid references directory_phone (id) on delete cascade,
    name        text,
    code        text,
    note        text
);

create index directory_language_service on directory_language (service_id);

create table directory_cost_option (
    id                 uuid primary key,
    service_id         uuid not null references directory_service (id) on delete cascade,
    valid_from         date,
    valid_to           date,
    option             text,
    currency           text check (currency ~ '^[A-Z]{3}$'),
    amount             numeric(12, 2) check (amount >= 0),
    amount_description text
);

create index directory_cost_option_service on directory_cost_option (service_id);

create table directory_funding (
    id              uuid primary key,
    organization_id uuid references directory_organization (id) on delete cascade,
    service_id      uuid references directory_service (id) on delete cascade,
    source          text
);

create table directory_taxonomy (
    id          uuid primary key,
    name        text not null,
    description text not null,
    uri         text,
    version     text
);

create table directory_taxonomy_term (
    id          uuid primary key,
    code        text,
    name        text not null,
    description text not null,
    parent_id   uuid references directory_taxonomy_term (id),
    taxonomy    text,
    taxonomy_id uuid references directory_taxonomy (id),
    language    text,
    term_uri    text
);

create index directory_taxonomy_term_taxonomy on directory_taxonomy_term (taxonomy_id);

-- How HSDS 3.0 categorises anything: a taxonomy term linked to an entity (service, location...).
create table directory_attribute (
    id               uuid primary key,
    link_id          uuid not null,
    link_type        text,
    link_entity      text not null check (link_entity in ('service', 'location', 'organization',
                                                          'service_at_location', 'contact', 'phone')),
    taxonomy_term_id uuid not null references directory_taxonomy_term (id),
    value            text,
    label            text
);

create index directory_attribute_link on directory_attribute (link_id, taxonomy_term_id);
create index directory_attribute_term on directory_attribute (taxonomy_term_id, link_entity);

-- Postcode centroids from the ONS Postcode Directory. Postcodes are stored upper case without
-- spaces ("ST55BG"); the pretty form is rebuilt for display.
create table directory_postcode (
    postcode  text primary key check (postcode ~ '^[A-Z0-9]{5,7}$'),
    latitude  double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    -- Null while the postcode is live; a terminated postcode still resolves, but is said to be old.
    terminated_on date
);
