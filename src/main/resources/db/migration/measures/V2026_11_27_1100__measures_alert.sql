-- Safety alerts: one per questionnaire response with an answer that needs safety-netting (PHQ-9
-- question 9 above 0). Raised in the transaction that stores the answer; a named clinician closes
-- it with an outcome. Nothing here holds the answer itself: that stays in measures_answer.
create table measures_alert (
    id                uuid primary key,
    person_id         uuid not null references person (id),
    response_id       uuid not null unique references measures_response (id),
    instrument        text not null check (instrument ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    -- The safety questions flagged (linkIds), in question order.
    flagged           text[] not null check (cardinality(flagged) > 0),
    raised_at         timestamptz not null,
    -- The person's named lead when the alert was raised; null means the whole care team owns it.
    owner_account     uuid references account (id),
    status            text not null default 'open'
                      check (status in ('open', 'acknowledged', 'closed')),
    -- When it goes to the service lead if nobody has acknowledged it (working time after raised_at).
    escalation_due_at timestamptz not null,
    acknowledged_by   uuid references account (id),
    acknowledged_at   timestamptz,
    acknowledge_key   uuid,
    escalated_at      timestamptz,
    closed_by         uuid references account (id),
    closed_at         timestamptz,
    close_key         uuid,
    outcome           text check (outcome in ('contacted', 'safety-plan-reviewed',
                                              'referred-urgent', 'no-further-action')),
    outcome_note      text check (length(outcome_note) <= 2000),
    version           integer not null default 0,
    check ((status = 'open') = (acknowledged_at is null and closed_at is null)),
    check ((status = 'closed') = (closed_at is not null and outcome is not null)),
    check (outcome <> 'no-further-action' or length(trim(outcome_note)) > 0)
);

create index measures_alert_person on measures_alert (person_id) where status <> 'closed';
create index measures_alert_waiting on measures_alert (raised_at) where status <> 'closed';

-- The services whose leads an alert went to when it escalated.
create table measures_alert_escalation (
    alert_id   uuid not null references measures_alert (id),
    service_id uuid not null references care_service (id),
    primary key (alert_id, service_id)
);

create index measures_alert_escalation_service on measures_alert_escalation (service_id);

-- An alert that could not be written. The answers were stored anyway; a job tries again until the
-- alert exists. error holds the exception's class and SQL state only, never clinical content.
create table measures_alert_failure (
    id          uuid primary key,
    response_id uuid not null references measures_response (id),
    person_id   uuid not null references person (id),
    instrument  text not null,
    flagged     text[] not null,
    raised_at   timestamptz not null,
    error       text not null check (length(error) <= 500),
    recorded_at timestamptz not null,
    resolved_at timestamptz
);

create index measures_alert_failure_open on measures_alert_failure (recorded_at)
    where resolved_at is null;
