-- Spring Modulith's event publication registry (its PostgreSQL schema, v2): each event a listener
-- in another module must handle is stored with the change that published it, and deleted once the
-- listener has run, so a listener that fails is tried again and nothing is lost. "if not exists":
-- earlier installations had the table created by Spring Modulith itself.
create table if not exists event_publication (
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx
  on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx
  on event_publication (completion_date);
