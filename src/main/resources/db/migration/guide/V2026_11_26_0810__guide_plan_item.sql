-- "My improvement plan": problems and solutions a practitioner saved, with a note and a date.
-- Keyed by account id without a foreign key, so the guide does not reach into identity's tables;
-- item ids are content slugs without a foreign key, because content is replaced at every start.
create table guide_plan_item (
    id          uuid primary key,
    account_id  uuid not null,
    item_kind   text not null check (item_kind in ('problem', 'solution')),
    item_id     text not null,
    note        text not null default '' check (char_length(note) <= 1000),
    target_date date,
    version     integer not null default 0,
    added_at    timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint guide_plan_item_saved_once unique (account_id, item_kind, item_id)
);
