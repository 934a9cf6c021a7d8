-- Benchmark volume for the shared care record (issue 3): 1,000 practitioners in 10 organisations
-- and 20 services, 10,000 people (each with a PATIENT account, "about me", a care team of 2–4 of
-- those practitioners, a plan with 3 goals and 2 actions in 5 versions, and a main conversation of
-- 50 messages = 500,000 messages with read markers), plus the timeline entries the application
-- would have written. Run by bench/care.sh against a fresh database the application has migrated
-- (psql -v ON_ERROR_STOP=1 -f bench/seed-care.sql). One transaction: all or nothing.
--
-- Every account gets the demo accounts' password hash (copied from physio@demo.tandem, so the
-- password is tandem-demo-2026): run it with the demo profile. Ids are md5-based UUIDs of
-- "bench:<kind>:<n>", so the same n always names the same row. The audit log is not touched: its
-- rows are hash-chained and only the application writes them.

\set ON_ERROR_STOP on
begin;

do $$
begin
  if exists (select 1 from account where email = 'bench-practitioner-0001@bench.tandem') then
    raise exception 'This database already holds the benchmark volume';
  end if;
  if not exists (select 1 from account where email = 'physio@demo.tandem') then
    raise exception 'Start the application with the demo profile first: the seed copies its password hash';
  end if;
end $$;

create function pg_temp.bench_id(kind text, n bigint) returns uuid
  language sql immutable as $$ select md5('bench:' || kind || ':' || n)::uuid $$;

create temporary table bench_service (s int primary key, org int, org_name text, org_kind text,
  service_name text, service_kind text, discipline text, team_role text) on commit drop;
insert into bench_service values
  (0,  0, 'Bench Riverside NHS Trust',        'NHS_TRUST',   'Riverside MSK Physiotherapy',      'MSK_PHYSIOTHERAPY',       'PHYSIOTHERAPIST',            'Physiotherapist'),
  (1,  0, 'Bench Riverside NHS Trust',        'NHS_TRUST',   'Riverside Pain Service',           'PAIN_SERVICE',            'PAIN_SPECIALIST',            'Pain specialist'),
  (2,  1, 'Bench Northgate NHS Trust',        'NHS_TRUST',   'Northgate MSK Physiotherapy',      'MSK_PHYSIOTHERAPY',       'PHYSIOTHERAPIST',            'Physiotherapist'),
  (3,  1, 'Bench Northgate NHS Trust',        'NHS_TRUST',   'Northgate Pain Management',        'PAIN_SERVICE',            'PAIN_SPECIALIST',            'Pain specialist'),
  (4,  2, 'Bench Eastfield NHS Trust',        'NHS_TRUST',   'Eastfield Physiotherapy',          'MSK_PHYSIOTHERAPY',       'PHYSIOTHERAPIST',            'Physiotherapist'),
  (5,  2, 'Bench Eastfield NHS Trust',        'NHS_TRUST',   'Eastfield Pain Clinic',            'PAIN_SERVICE',            'PAIN_SPECIALIST',            'Pain specialist'),
  (6,  3, 'Bench Mind and Body Partnership',  'NHS_TRUST',   'Bench Talking Therapies North',    'TALKING_THERAPIES',       'MENTAL_HEALTH_PRACTITIONER', 'Psychological wellbeing practitioner'),
  (7,  3, 'Bench Mind and Body Partnership',  'NHS_TRUST',   'Bench Community Mental Health',    'COMMUNITY_MENTAL_HEALTH', 'MENTAL_HEALTH_PRACTITIONER', 'Community mental health nurse'),
  (8,  4, 'Bench Southvale Mental Health',    'NHS_TRUST',   'Southvale Talking Therapies',      'TALKING_THERAPIES',       'MENTAL_HEALTH_PRACTITIONER', 'Cognitive behavioural therapist'),
  (9,  4, 'Bench Southvale Mental Health',    'NHS_TRUST',   'Southvale Community Mental Health','COMMUNITY_MENTAL_HEALTH', 'MENTAL_HEALTH_PRACTITIONER', 'Mental health practitioner'),
  (10, 5, 'Bench Market Street Surgery',      'GP_PRACTICE', 'Market Street GPs',                'PRIMARY_CARE',            'GP',                         'GP'),
  (11, 5, 'Bench Market Street Surgery',      'GP_PRACTICE', 'Market Street First Contact',      'PRIMARY_CARE',            'PHYSIOTHERAPIST',            'First contact physiotherapist'),
  (12, 6, 'Bench Hill Lane Medical Centre',   'GP_PRACTICE', 'Hill Lane GPs',                    'PRIMARY_CARE',            'GP',                         'GP'),
  (13, 6, 'Bench Hill Lane Medical Centre',   'GP_PRACTICE', 'Hill Lane Wellbeing',              'PRIMARY_CARE',            'MENTAL_HEALTH_PRACTITIONER', 'Mental health practitioner'),
  (14, 7, 'Bench Parkside Health Centre',     'GP_PRACTICE', 'Parkside GPs',                     'PRIMARY_CARE',            'GP',                         'GP'),
  (15, 7, 'Bench Parkside Health Centre',     'GP_PRACTICE', 'Parkside Social Prescribing',      'PRIMARY_CARE',            'VOLUNTEER',                  'Social prescribing link worker'),
  (16, 8, 'Bench Back on Track',              'CHARITY',     'Back on Track Peer Support',       'VOLUNTARY_SECTOR',        'VOLUNTEER',                  'Peer supporter'),
  (17, 8, 'Bench Back on Track',              'CHARITY',     'Back on Track Work Coaching',      'VOLUNTARY_SECTOR',        'VOLUNTEER',                  'Work coach'),
  (18, 9, 'Bench Green Shoots Garden',        'CHARITY',     'Green Shoots Wellbeing Garden',    'VOLUNTARY_SECTOR',        'VOLUNTEER',                  'Volunteer'),
  (19, 9, 'Bench Green Shoots Garden',        'CHARITY',     'Green Shoots Carers Group',        'VOLUNTARY_SECTOR',        'VOLUNTEER',                  'Carers support worker');

insert into organisation (id, name, kind, created_at, updated_at)
select distinct pg_temp.bench_id('organisation', org), org_name, org_kind, now(), now()
from bench_service;

insert into care_service (id, organisation_id, name, kind, created_at, updated_at)
select pg_temp.bench_id('service', s), pg_temp.bench_id('organisation', org), service_name,
       service_kind, now(), now()
from bench_service;

-- ---- 1,000 practitioners, 50 per service
create temporary table bench_practitioner on commit drop as
select p, pg_temp.bench_id('practitioner', p) as id, b.*
from generate_series(1, 1000) p join bench_service b on b.s = p % 20;

insert into account (id, email, display_name, password_hash, role, discipline, created_at, updated_at)
select id, format('bench-practitioner-%s@bench.tandem', lpad(p::text, 4, '0')),
       (array['Alex','Bea','Chris','Dana','Eli','Farah','Gus','Hana','Ian','Jo','Kemi','Luca',
              'Mina','Nat','Omar','Pia','Raj','Sian','Tariq','Uma'])[1 + p % 20]
         || ' ' || (array['Adams','Begum','Clarke','Davies','Evans','Fox','Gill','Hughes','Iqbal',
              'Jones','Khan','Lewis','Moss','Nolan','Owen','Patel','Quinn','Reed','Shaw','Teo',
              'Usman','Vance','Wood','Young','Zhou'])[1 + (p / 20) % 25] || ' ' || p,
       (select password_hash from account where email = 'physio@demo.tandem'),
       'PRACTITIONER', discipline, now() - interval '400 days', now() - interval '400 days'
from bench_practitioner;

insert into account_organisation (account_id, organisation_id)
select id, pg_temp.bench_id('organisation', org) from bench_practitioner;
insert into account_service (account_id, service_id)
select id, pg_temp.bench_id('service', s) from bench_practitioner;

-- ---- 10,000 people, each with a PATIENT account of their own
create temporary table bench_person on commit drop as
select n, pg_temp.bench_id('person', n) as id, pg_temp.bench_id('person-account', n) as account_id,
       (array['Sam','Aisha','Denise','Mark','Priya','Tom','Grace','Owen','Lena','Ravi','Chloe',
              'Kwame','Joan','Peter','Nadia','Hugh','Maya','Dev','Ruth','Ali'])[1 + n % 20] as given,
       (array['Taylor','Rahman','Holt','Green','Ward','Baker','Okafor','Price','Sharma','Kerr',
              'Lowe','Mensah','Doyle','Frost','Haddad','Irwin','Kaur','Lamb','Moore','Nash',
              'Page','Rowe','Singh','Toms','Webb'])[1 + (n / 20) % 25] || '-' || n as family,
       -- NHS numbers in the 999 test range with a valid modulus 11 check digit (none when 10)
       (select case when c = 10 then null
                    when c = 11 then digits || '0' else digits || c end
        from (select digits, 11 - (sum(substr(digits, i, 1)::int * (11 - i)) % 11) as c
              from (select '999' || lpad((100000 + n)::text, 6, '0') as digits) d,
                   generate_series(1, 9) i group by digits) x) as nhs_number,
       2 + n % 3 as team_size
from generate_series(1, 10000) n;

insert into account (id, email, display_name, password_hash, role, created_at, updated_at)
select account_id, format('bench-person-%s@bench.tandem', lpad(n::text, 5, '0')),
       given || ' ' || family, (select password_hash from account where email = 'physio@demo.tandem'),
       'PATIENT', now() - interval '300 days', now() - interval '300 days'
from bench_person;

-- The team: slot 0 is the lead, who started care; slots are distinct practitioners.
create temporary table bench_team on commit drop as
select b.n, k, pg_temp.bench_id('member', b.n * 10 + k) as member_id, pr.id as account_id,
       pr.s, pr.org, pr.team_role
from bench_person b
cross join lateral generate_series(0, b.team_size - 1) k
join bench_practitioner pr on pr.p = 1 + (b.n * 7 + k * 331) % 1000;
create index on bench_team (n, k);
create index on bench_person (n);
analyze bench_person;
analyze bench_team;

insert into person (id, account_id, given_name, family_name, preferred_name, date_of_birth,
  nhs_number, email, phone, address_line_1, town, postcode, contact_methods, contact_times,
  accessibility_needs, communication_needs, created_by, created_at, updated_at)
select b.id, b.account_id, b.given, b.family, case when b.n % 5 = 0 then b.given end,
       date '1950-01-01' + (b.n * 37) % 20000, b.nhs_number,
       format('bench-person-%s@bench.tandem', lpad(b.n::text, 5, '0')),
       '07700 9' || lpad((b.n % 100000)::text, 5, '0'), b.n || ' Station Road', 'Bench Town',
       'BT' || (1 + b.n % 9) || ' ' || (1 + b.n % 9) || 'AB',
       (array['EMAIL,PHONE', 'TEXT_MESSAGE', 'PHONE,LETTER', 'EMAIL'])[1 + b.n % 4],
       'Weekday mornings, not after 6pm',
       case when b.n % 3 = 0 then 'Needs a ground-floor room and time to stand up during appointments.' end,
       case when b.n % 4 = 0 then 'Prefers short written summaries after each appointment.' end,
       t.account_id, now() - interval '300 days', now() - interval '300 days'
from bench_person b join bench_team t on t.n = b.n and t.k = 0;

insert into about_me (person_id, what_matters, work_and_money, caring_duties, what_makes_worse,
  what_makes_better, already_tried, how_to_speak_to_me, version, updated_by, updated_at)
select id,
       'Being able to play with my grandchildren and get back to my allotment. Sleeping through the night again.',
       'I work part time in a warehouse and I am worried about losing hours if my back does not improve.',
       case when n % 3 = 0 then 'I look after my mum three evenings a week.' else '' end,
       'Sitting for long periods, cold mornings, and worrying about money. Bad nights make everything worse.',
       'Short walks, a hot shower, talking to my sister, and having a plan for the week.',
       'Painkillers from my GP, a few sessions of physio two years ago, an app for mindfulness.',
       'Plainly and without rushing. Please do not tell me it is all in my head.',
       1, account_id, now() - interval '290 days'
from bench_person;

insert into care_team_member (id, person_id, account_id, team_role, service_id, organisation_id,
  lead, joined_at, added_by)
select t.member_id, pg_temp.bench_id('person', t.n), t.account_id, t.team_role,
       pg_temp.bench_id('service', t.s), pg_temp.bench_id('organisation', t.org), t.k = 0,
       now() - interval '300 days' + t.k * interval '10 days', l.account_id
from bench_team t join bench_team l on l.n = t.n and l.k = 0;

-- ---- the plan: 3 goals (one per section) and 2 actions, added one per version (1–5)
create temporary table bench_item on commit drop as
select b.n, b.id as person, i.ord, pg_temp.bench_id('plan-item', b.n * 10 + i.ord) as id,
       i.section, i.title, i.target, i.status, i.days,
       case when i.ord in (2, 4) then null else l.account_id end as owner,
       l.account_id as created_by,
       date_trunc('second', now() - interval '280 days' + i.ord * interval '1 day') as at
from bench_person b
join bench_team l on l.n = b.n and l.k = 0
cross join (values
  (1, 'PAIN_AND_PHYSICAL_FUNCTION', 'Walk to the shops and back without stopping', 'Twice a week by the spring', 'IN_PROGRESS', 30),
  (2, 'MENTAL_HEALTH_AND_WELLBEING', 'Sleep at least six hours most nights', 'Five nights out of seven, from my sleep diary', 'NOT_STARTED', 45),
  (3, 'SHARED', 'Return to work on reduced hours', 'Agreed phased return with my manager', 'IN_PROGRESS', 60),
  (4, 'PAIN_AND_PHYSICAL_FUNCTION', 'Do the home exercise programme every morning', null, null, 7),
  (5, 'SHARED', 'Book a joint review with the whole team', null, null, 21)
) i(ord, section, title, target, status, days);
create index on bench_item (n, ord);
analyze bench_item;

insert into care_plan (person_id, version, created_at, updated_by, updated_at)
select b.id, 5, now() - interval '280 days', t.account_id, now() - interval '275 days'
from bench_person b join bench_team t on t.n = b.n and t.k = 0;

insert into care_plan_goal (id, person_id, section, title, target, owner_account_id, status,
  review_date, idempotency_key, created_in_version, changed_in_version, created_by, created_at,
  updated_by, updated_at)
select id, person, section, title, target, owner, status, current_date + days,
       pg_temp.bench_id('plan-item-key', n * 10 + ord), ord, ord, created_by, at, created_by, at
from bench_item where ord <= 3;

insert into care_plan_action (id, person_id, section, what, assignee_account_id, due_date,
  idempotency_key, created_in_version, changed_in_version, created_by, created_at, updated_by,
  updated_at)
select id, person, section, title, owner, current_date + days,
       pg_temp.bench_id('plan-item-key', n * 10 + ord), ord, ord, created_by, at, created_by, at
from bench_item where ord > 3;

-- Each version's snapshot is the plan as it stood then, as the application's JSON writes it.
insert into care_plan_version (person_id, version, what, title, changed_by, changed_at, snapshot)
select v.person, v.ord, case when v.ord <= 3 then 'goal-added' else 'action-added' end, v.title,
       v.created_by, v.at,
       jsonb_build_object(
         'person', v.person, 'version', v.ord, 'empty', false,
         'goals', coalesce((select jsonb_agg(jsonb_build_object(
             'id', g.id, 'section', g.section, 'title', g.title, 'target', g.target,
             'owner', g.owner, 'status', g.status, 'reviewDate', current_date + g.days,
             'changedInVersion', g.ord, 'createdBy', g.created_by,
             'createdAt', to_char(g.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
             'updatedBy', g.created_by,
             'updatedAt', to_char(g.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
             order by g.ord)
           from bench_item g where g.n = v.n and g.ord <= 3 and g.ord <= v.ord), '[]'::jsonb),
         'actions', coalesce((select jsonb_agg(jsonb_build_object(
             'id', a.id, 'section', a.section, 'what', a.title, 'assignee', a.owner,
             'dueDate', current_date + a.days, 'done', false, 'changedInVersion', a.ord,
             'createdBy', a.created_by,
             'createdAt', to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
             'updatedBy', a.created_by,
             'updatedAt', to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
             order by a.ord)
           from bench_item a where a.n = v.n and a.ord > 3 and a.ord <= v.ord), '[]'::jsonb),
         'updatedBy', v.created_by,
         'updatedAt', to_char(v.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from bench_item v;

-- ---- the conversation: one main thread, 50 messages each (500,000), posted in time order
insert into conversation_thread (id, person_id, title, started_by, started_at)
select pg_temp.bench_id('thread', b.n), b.id, null, t.account_id, now() - interval '290 days'
from bench_person b join bench_team t on t.n = b.n and t.k = 0;

-- Every fourth message is the person's; the others go round the team. The last asks the lead
-- for a reply (unless the lead wrote it).
insert into conversation_message (id, thread_id, person_id, author_account_id, by_the_person,
  text, posted_at, reply_requested_from)
select pg_temp.bench_id('message', b.n * 100 + m), pg_temp.bench_id('thread', b.n), b.id,
       case when m % 4 = 0 then b.account_id else t.account_id end, m % 4 = 0,
       (array[
         'Thanks for seeing me on Tuesday. The exercises are hard in the mornings but I am keeping at them.',
         'I have looked at the sleep diary you sent. Bad nights seem to follow the days you sit at work for longer than two hours without a break. Could we try building in short walks?',
         'Quick update from the pain clinic: we have reviewed the medication and suggest reducing the evening dose over four weeks. I will write to the GP with the plan.',
         'I spoke to the work coach today. My manager has agreed to look at a phased return, starting with three short days a week.',
         'Noted, thank you. I have added a review for the end of the month so we can see how the reduction is going alongside the mood scores.',
         'Some days the worry about money is worse than the pain. I did not want to say so in front of everyone at the appointment.',
         'That is really helpful to know, and it is fine to tell us here. Would you like me to put you in touch with the benefits advice service at Back on Track?',
         'Our peer support group meets on Thursdays at 2pm in the community centre. Several people come with back pain and it is a relaxed, friendly session.',
         'I managed the walk to the shops twice this week without stopping. Still sore afterwards, but less than before.',
         'Well done, that is real progress towards your goal. Let us keep the pacing plan the same for another two weeks before adding distance.'
       ])[1 + (b.n + m) % 10] || case when m % 7 = 0 then
         ' I have also noticed that the neck stiffness is worse on the days I look after Mum, so I am trying to do the stretches before I go round.' else '' end,
       now() - interval '290 days' + m * interval '5 days' + (b.n % 600) * interval '1 minute',
       case when m = 50 and t.k <> 0 then l.account_id end
from generate_series(1, 50) m
cross join bench_person b
join bench_team t on t.n = b.n and t.k = m % b.team_size
join bench_team l on l.n = b.n and l.k = 0
order by m, b.n;

-- Each team member has read up to the 45th message; the person up to the 48th.
insert into conversation_read (thread_id, account_id, read_up_to, read_at)
select pg_temp.bench_id('thread', t.n), t.account_id, r.seq, r.posted_at
from bench_team t
join conversation_message r on r.id = pg_temp.bench_id('message', t.n * 100 + 45);
insert into conversation_read (thread_id, account_id, read_up_to, read_at)
select pg_temp.bench_id('thread', b.n), b.account_id, r.seq, r.posted_at
from bench_person b
join conversation_message r on r.id = pg_temp.bench_id('message', b.n * 100 + 48);

insert into care_record_visit (person_id, account_id, last_seen_at)
select pg_temp.bench_id('person', t.n), t.account_id, now() - interval '20 days'
from bench_team t;

-- ---- the timeline the application's listeners would have written
insert into care_timeline_entry (id, person_id, occurred_at, kind, actor_id, title, link, source_id)
select pg_temp.bench_id('timeline-member', t.n * 10 + t.k), pg_temp.bench_id('person', t.n),
       now() - interval '300 days' + t.k * interval '10 days', 'team.joined', l.account_id,
       case when t.k = 0 then 'The lead started care and leads the team'
            else 'A colleague joined the team as ' || t.team_role end,
       '/people/' || pg_temp.bench_id('person', t.n) || '/team', t.member_id
from bench_team t join bench_team l on l.n = t.n and l.k = 0;

insert into care_timeline_entry (id, person_id, occurred_at, kind, actor_id, title, link, source_id)
select pg_temp.bench_id('timeline-item', i.n * 10 + i.ord), i.person, i.at, 'plan.changed',
       i.created_by, 'Care plan: ' || i.title,
       '/people/' || i.person || '/plan/versions/' || i.ord, i.id
from bench_item i;

insert into care_timeline_entry (id, person_id, occurred_at, kind, actor_id, title, link, source_id)
select pg_temp.bench_id('timeline-message', m.seq), m.person_id, m.posted_at, 'message.posted',
       m.author_account_id,
       case when m.reply_requested_from is null then 'New message'
            else 'New message asking the lead to reply' end,
       '/people/' || m.person_id || '/conversation/threads/' || m.thread_id || '#message-' || m.id,
       m.id
from conversation_message m
where m.person_id in (select id from bench_person)
order by m.seq;

commit;

analyze;
