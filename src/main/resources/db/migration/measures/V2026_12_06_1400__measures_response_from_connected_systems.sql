-- What a connected system says about its own response, kept and served back as it sent them: its
-- identifier for the response and when it says the response was authored.
alter table measures_response
    add column client_identifier_system text check (length(client_identifier_system) <= 500),
    add column client_identifier_value  text check (length(client_identifier_value) <= 500),
    add column authored_at              timestamptz;

-- A response a connected system sent that could not be stored as scored, kept only for the safety
-- answers in it (PHQ-9 question 9 above 0), so the alert is raised all the same. refusal says why
-- it was refused, in the words the system was given, for the clinician who takes the alert.
alter table measures_response drop constraint measures_response_status_check;
alter table measures_response
    add constraint measures_response_status_check
        check (status in ('in-progress', 'submitted', 'refused')),
    add column refusal text check (length(refusal) <= 2000),
    add constraint measures_response_refused_has_reason
        check ((status = 'refused') = (refusal is not null));
