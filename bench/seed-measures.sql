-- Benchmark volume for questionnaire results (issue 4): 1,000,000 submitted responses on top of
-- bench/seed-care.sql's 10,000 people, 100 each (50 PHQ-9 and 50 GAD-7, one of each a week for
-- 50 weeks), with the totals, bands and caseness the server would have stored. Answers item by
-- item are left out: the results pages never read them. Run by bench/measures.sh after
-- seed-care.sql (psql -v ON_ERROR_STOP=1 -f bench/seed-measures.sql). One transaction.
--
-- Ids are md5-based UUIDs of "bench:<kind>:<n>", as in seed-care.sql. Totals drift down over the
-- weeks with a little noise, so charts and change rules have something to show.

\set ON_ERROR_STOP on
begin;

do $$
begin
  if not exists (select 1 from person where id = md5('bench:person:1')::uuid) then
    raise exception 'Load bench/seed-care.sql first: the responses belong to its people';
  end if;
  if exists (select 1 from measures_response where id = md5('bench:response:100')::uuid) then
    raise exception 'This database already holds the measures benchmark volume';
  end if;
end $$;

create function pg_temp.bench_id(kind text, n bigint) returns uuid
  language sql immutable as $$ select md5('bench:' || kind || ':' || n)::uuid $$;

create temporary table bench_response on commit drop as
select n, k,
       case when k < 50 then 'phq-9' else 'gad-7' end as instrument,
       date_trunc('day', now()) - ((49 - k % 50) * 7 + n % 7) * interval '1 day'
         + interval '10 hours' + (n % 480) * interval '1 minute' as at,
       greatest(0, least(case when k < 50 then 27 else 21 end,
         (case when k < 50 then 8 + n % 15 else 6 + n % 12 end)
         - (k % 50) / 6 + (n * 31 + k * 17) % 5 - 2)) as total
from generate_series(1, 10000) n cross join generate_series(0, 99) k;

insert into measures_response (id, person_id, instrument, status, layout, source, started_by,
  started_at, submitted_by, submitted_at, total, band, caseness)
select pg_temp.bench_id('response', n * 100 + k), pg_temp.bench_id('person', n), instrument,
       'submitted', 'one-per-page', 'web', pg_temp.bench_id('person-account', n),
       at - interval '6 minutes', pg_temp.bench_id('person-account', n), at, total,
       case
         when total <= 4 then 'minimal'
         when total <= 9 then 'mild'
         when total <= 14 then 'moderate'
         when instrument = 'phq-9' and total <= 19 then 'moderately-severe'
         else 'severe'
       end,
       total >= case when instrument = 'phq-9' then 10 else 8 end
from bench_response;

commit;
analyze measures_response;
