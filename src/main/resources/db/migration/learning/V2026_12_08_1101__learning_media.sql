-- The media store's catalogue (care.tandem.learning.media): one row per stored file, named by the
-- SHA-256 of its bytes. The bytes live in the media folder (tandem.learning.media-directory); a row
-- is written only after its file is safely in place.
create table learning_media (
    hash         char(64)    primary key check (hash ~ '^[0-9a-f]{64}$'),
    content_type text        not null,
    size         bigint      not null check (size > 0),
    file_name    text        not null,
    added_by     uuid,
    added_at     timestamptz not null default now()
);

create index learning_media_added_at on learning_media (added_at desc);
