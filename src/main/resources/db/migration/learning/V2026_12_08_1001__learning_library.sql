-- The library's pieces written in the app (shipped pieces are read from files at start). Every
-- save is a new version, kept; the piece row holds the current version number for the stale-edit
-- check and the idempotency key of the submit that created it.
create table learning_piece (
    slug            text primary key,
    version         integer not null,
    copied_from     text,
    created_by      uuid not null,
    created_at      timestamptz not null,
    idempotency_key uuid not null unique
);

create table learning_piece_version (
    slug            text not null references learning_piece (slug),
    version         integer not null,
    title           text not null,
    summary         text not null,
    kind            text not null,
    audience        text not null,
    topics          text[] not null,
    minutes         integer not null,
    source          text not null,
    review_by       date not null,
    body            text not null,
    media_hash      text,
    captions_hash   text,
    published       boolean not null,
    edited_by       uuid not null,
    edited_at       timestamptz not null,
    idempotency_key uuid not null unique,
    primary key (slug, version)
);

-- "My library": the pieces a signed-in person saved. Saving twice stores one row.
create table learning_saved_piece (
    account_id uuid not null,
    slug       text not null,
    saved_at   timestamptz not null,
    primary key (account_id, slug)
);
