-- Before-appointment assignments keep the appointment date; the questionnaire is due a few days
-- before it, and nothing is due again until a new date is set.
alter table measures_assignment add column appointment_date date;
alter table measures_assignment add constraint measures_assignment_appointment
    check ((schedule = 'before-appointment') or appointment_date is null);

-- One reminder per assignment per due date, however often or on however many nodes the daily
-- reminder job runs. emailed_at is set once an e-mail went (never any clinical text in it).
create table measures_reminder (
    assignment_id uuid not null references measures_assignment (id),
    due_date      date not null,
    reminded_at   timestamptz not null,
    emailed_at    timestamptz,
    primary key (assignment_id, due_date)
);
