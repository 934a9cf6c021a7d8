-- The person at the centre of a care record, and "about me", which they write themselves.
-- A person may have a PATIENT account of their own (account_id), or not yet.

create table person (
    id                  uuid primary key,
    account_id          uuid unique references account (id),
    given_name          text not null check (length(given_name) between 1 and 100),
    family_name         text not null check (length(family_name) between 1 and 100),
    preferred_name      text check (length(preferred_name) <= 100),
    date_of_birth       date not null,
    -- Optional; its modulus 11 check digit is checked in Java (NhsNumber).
    nhs_number          text unique check (nhs_number ~ '^[0-9]{10}$'),
    email               text check (length(email) <= 254),
    phone               text check (length(phone) <= 30),
    address_line_1      text check (length(address_line_1) <= 100),
    address_line_2      text check (length(address_line_2) <= 100),
    town                text check (length(town) <= 100),
    postcode            text check (length(postcode) <= 10),
    -- How they want to be contacted: a comma-separated list of methods, in their order.
    contact_methods     text not null default ''
                        check (contact_methods ~ '^((EMAIL|PHONE|TEXT_MESSAGE|LETTER)(,|$))*$'),
    contact_times       text check (length(contact_times) <= 500),
    accessibility_needs text check (length(accessibility_needs) <= 2000),
    communication_needs text check (length(communication_needs) <= 2000),
    idempotency_key     uuid unique,
    created_by          uuid references account (id),
    version             integer not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create index person_family_name_idx on person (lower(family_name), lower(given_name));

create table about_me (
    person_id          uuid primary key references person (id),
    what_matters       text not null default '' check (length(what_matters) <= 4000),
    work_and_money     text not null default '' check (length(work_and_money) <= 4000),
    caring_duties      text not null default '' check (length(caring_duties) <= 4000),
    what_makes_worse   text not null default '' check (length(what_makes_worse) <= 4000),
    what_makes_better  text not null default '' check (length(what_makes_better) <= 4000),
    already_tried      text not null default '' check (length(already_tried) <= 4000),
    how_to_speak_to_me text not null default '' check (length(how_to_speak_to_me) <= 4000),
    version            integer not null default 0,
    updated_by         uuid references account (id),
    updated_at         timestamptz
);
