-- Paced pathways (issue 14, part 2): pathways and their versions, each version's steps, the
-- people on a version, their progress, the "check in" tasks and what got in the way.

create table learning_pathway (
  id uuid primary key,
  shipped_slug text unique,
  title text not null,
  summary text not null,
  current_version int not null,
  created_by uuid,
  created_at timestamptz not null
);

-- One row per version: editing a pathway writes a new version; people keep the one they started.
create table learning_pathway_version (
  pathway_id uuid not null references learning_pathway (id),
  version int not null,
  created_by uuid,
  created_at timestamptz not null,
  primary key (pathway_id, version)
);

create table learning_pathway_step (
  id uuid primary key,
  pathway_id uuid not null,
  version int not null,
  position int not null,
  kind text not null check (kind in ('piece', 'reflection', 'goal', 'check-in', 'questionnaire')),
  ref text not null default '',
  text text not null default '',
  foreign key (pathway_id, version) references learning_pathway_version (pathway_id, version),
  unique (pathway_id, version, position)
);

create table learning_enrolment (
  id uuid primary key,
  person_id uuid not null references person (id),
  pathway_id uuid not null,
  version int not null,
  offered_by uuid not null,
  offered_at timestamptz not null,
  idempotency_key uuid not null unique,
  pace text check (pace in ('daily', 'twice-a-week', 'weekly', 'when-ready')),
  quiet_time text not null default 'night',
  paused boolean not null default false,
  snoozed_until timestamptz,
  next_release_at timestamptz,
  remind_pending boolean not null default false,
  reminders_stopped boolean not null default false,
  stop_token text not null unique,
  row_version int not null default 0,
  foreign key (pathway_id, version) references learning_pathway_version (pathway_id, version)
);

create index learning_enrolment_person on learning_enrolment (person_id);
create index learning_enrolment_next on learning_enrolment (next_release_at) where pace is not null;

create table learning_step_progress (
  enrolment_id uuid not null references learning_enrolment (id),
  step_id uuid not null references learning_pathway_step (id),
  released_at timestamptz not null,
  opened_at timestamptz,
  finished_at timestamptz,
  answer text,
  answer_shared boolean not null default false,
  primary key (enrolment_id, step_id)
);

-- At most one reminder e-mail a person a day, whatever pathways they are on, on any node.
create table learning_reminder (
  person_id uuid not null references person (id),
  day date not null,
  sent_at timestamptz not null,
  primary key (person_id, day)
);

-- "Check in with <first name>": once per released step left unopened too long.
create table learning_check_in_task (
  enrolment_id uuid not null references learning_enrolment (id),
  step_id uuid not null references learning_pathway_step (id),
  assignee uuid not null,
  raised_at timestamptz not null,
  done_at timestamptz,
  reason text,
  reason_other text,
  answered_at timestamptz,
  primary key (enrolment_id, step_id)
);

create index learning_check_in_task_open on learning_check_in_task (assignee) where done_at is null;
