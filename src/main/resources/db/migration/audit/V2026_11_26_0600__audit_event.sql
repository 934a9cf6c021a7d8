-- The audit log: append-only, each row chained to the one before by a SHA-256 hash.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor         uuid,
    actor_role    text,
    person        uuid,
    action        text not null,
    outcome       text not null,
    details       jsonb not null default '{}'::jsonb,
    previous_hash text not null,
    hash          text not null unique
);

create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_person_idx on audit_event (person, occurred_at);
create index audit_event_action_idx on audit_event (action, occurred_at);
create index audit_event_occurred_idx on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'The audit log is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
