-- Each person's care team (the legitimate relationship: only current members may open the record)
-- and the requests that change it. Members are never deleted: leaving sets left_at.

create table care_team_member (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    account_id      uuid not null references account (id),
    team_role       text not null check (length(team_role) between 1 and 100),
    service_id      uuid references care_service (id),
    organisation_id uuid references organisation (id),
    lead            boolean not null default false,
    joined_at       timestamptz not null,
    left_at         timestamptz,
    added_by        uuid references account (id),
    removed_by      uuid references account (id)
);

create unique index care_team_member_current
    on care_team_member (person_id, account_id) where left_at is null;
create index care_team_member_account_idx on care_team_member (account_id) where left_at is null;
create index care_team_member_person_idx on care_team_member (person_id, joined_at);

-- BRING_IN_COLLEAGUE: a member asks another service (to_service_id) a question; that service
--   accepts, naming who joins (joined_account_id), or declines with a reason.
-- INVITE_PRACTITIONER: the person invites a named practitioner (practitioner_id).
-- REMOVE_MEMBER: the person asks for a member (member_id) to be removed, with a reason.
create table team_request (
    id                uuid primary key,
    person_id         uuid not null references person (id),
    kind              text not null
                      check (kind in ('BRING_IN_COLLEAGUE', 'INVITE_PRACTITIONER', 'REMOVE_MEMBER')),
    requested_by      uuid not null references account (id),
    to_service_id     uuid references care_service (id),
    practitioner_id   uuid references account (id),
    member_id         uuid references care_team_member (id),
    question          text not null check (length(question) between 1 and 2000),
    status            text not null default 'OPEN'
                      check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    joined_account_id uuid references account (id),
    decline_reason    text check (length(decline_reason) <= 2000),
    decided_by        uuid references account (id),
    decided_at        timestamptz,
    idempotency_key   uuid unique,
    version           integer not null default 0,
    created_at        timestamptz not null,
    constraint team_request_has_its_target check (
        (kind = 'BRING_IN_COLLEAGUE' and to_service_id is not null)
        or (kind = 'INVITE_PRACTITIONER' and practitioner_id is not null)
        or (kind = 'REMOVE_MEMBER' and member_id is not null))
);

create index team_request_person_idx on team_request (person_id, created_at);
create index team_request_open_service_idx on team_request (to_service_id) where status = 'OPEN';
create index team_request_open_practitioner_idx
    on team_request (practitioner_id) where status = 'OPEN';
