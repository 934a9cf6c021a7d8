-- Benchmark volume for the signposting directory (issue 5): 20,000 organisations, 100,000 services
-- and 300,000 locations (3 per service, each with an address), with needs, delivery, self-referral
-- and access attributes, 1 or 2 weekly opening times and a cost option per service, a phone and
-- one or two languages; plus 20,000 postcode centroids. Run by bench/directory.sh against a fresh
-- database the application has migrated (psql -v ON_ERROR_STOP=1 -f bench/directory/generate.sql);
-- it takes a minute or two. One transaction: all or nothing.
--
-- Places: seven services in ten sit around one of 20 English cities (normally distributed, about
-- 10 km either way), the rest anywhere in England's bounding box (49.9 to 55.8 N, 5.7 W to 1.8 E,
-- sea included: the search does not care). Postcodes the same way: the first 20 are the cities'
-- centres; "B1 0AB" is the centre of the busiest, the one bench/directory.sh searches from.
--
-- Ids are md5-based UUIDs of "bench:<kind>:<n>", so the same n always names the same row. Random
-- choices use setseed, so two runs make the same data. Text is made from a few hand-written pieces,
-- enough for the text search to find some services and not others.

\set ON_ERROR_STOP on
begin;

do $$
begin
  if exists (select 1 from directory_service where id = md5('bench:service:1')::uuid) then
    raise exception 'This database already holds the directory benchmark volume';
  end if;
  if (select count(*) from directory_taxonomy_term) < 20 then
    raise exception 'The Tandem taxonomies are missing: start the application once to migrate first';
  end if;
end $$;

select setseed(0.5);

create function pg_temp.bench_id(kind text, n bigint) returns uuid
  language sql immutable as $$ select md5('bench:' || kind || ':' || n)::uuid $$;

-- The 20 cities: postcode area, name, centre.
create temporary table bench_city (c int primary key, area text, name text, lat float8, lon float8)
  on commit drop;
insert into bench_city values
  (0, 'B', 'Birmingham', 52.4797, -1.9026), (1, 'M', 'Manchester', 53.4808, -2.2426),
  (2, 'LS', 'Leeds', 53.8008, -1.5491), (3, 'L', 'Liverpool', 53.4084, -2.9916),
  (4, 'S', 'Sheffield', 53.3811, -1.4701), (5, 'BS', 'Bristol', 51.4545, -2.5879),
  (6, 'NE', 'Newcastle upon Tyne', 54.9783, -1.6178), (7, 'NG', 'Nottingham', 52.9548, -1.1581),
  (8, 'LE', 'Leicester', 52.6369, -1.1398), (9, 'ST', 'Stoke-on-Trent', 53.0027, -2.1794),
  (10, 'CV', 'Coventry', 52.4068, -1.5197), (11, 'PL', 'Plymouth', 50.3755, -4.1427),
  (12, 'NR', 'Norwich', 52.6309, 1.2974), (13, 'SO', 'Southampton', 50.9097, -1.4044),
  (14, 'BN', 'Brighton', 50.8225, -0.1372), (15, 'OX', 'Oxford', 51.7520, -1.2577),
  (16, 'CB', 'Cambridge', 52.2053, 0.1218), (17, 'HU', 'Hull', 53.7676, -0.3274),
  (18, 'YO', 'York', 53.9600, -1.0873), (19, 'N', 'London', 51.5074, -0.1278);

-- ---- postcode centroids: n = 0..19999, city n % 20; the first 20 at the city centres
insert into directory_postcode (postcode, latitude, longitude)
select c.area || (1 + k % 50) || ((k / 50) % 10) || chr(65 + k / 500) || 'B',
       case when k = 0 then c.lat when n % 10 < 7 then c.lat + random_normal(0, 0.09)
            else 49.9 + random() * 5.9 end,
       case when k = 0 then c.lon when n % 10 < 7 then c.lon + random_normal(0, 0.14)
            else -5.7 + random() * 7.5 end
from generate_series(0, 19999) n
cross join lateral (select n / 20 as k) kk
join bench_city c on c.c = n % 20
on conflict (postcode) do nothing;

-- ---- organisations: 20,000, five services each
insert into directory_organization (id, name, description, email, website)
select pg_temp.bench_id('organization', o),
       (array['Bench', 'Northgate', 'Riverside', 'Hillview', 'Meadow', 'Oakfield', 'Harbour',
              'Willow'])[1 + o % 8] || ' ' || c.name || ' '
         || (array['Wellbeing Trust', 'Community Health', 'Advice Centre', 'Pain Network',
                   'Carers Group', 'Green Health'])[1 + o % 6] || ' ' || o,
       'A benchmark organisation in ' || c.name || '.',
       'org' || o || '@bench.example', 'https://org' || o || '.bench.example'
from generate_series(1, 20000) o
join bench_city c on c.c = o % 20;

-- ---- services: 100,000
create temporary table bench_service (n int primary key, city int, clustered boolean, kind int,
  cost int, opens int) on commit drop;
insert into bench_service
select n, ((n - 1) / 5 + 1) % 20, random() < 0.7, (random() * 1000)::int % 12,
       (random() * 100)::int, (random() * 1000)::int
from generate_series(1, 100000) n;

insert into directory_service (id, organization_id, name, description, url, email, status,
  minimum_age, maximum_age, assured_date, last_modified, verified_on)
select pg_temp.bench_id('service', s.n), pg_temp.bench_id('organization', (s.n - 1) / 5 + 1),
       (array['Pain café', 'Back pain exercise class', 'Peer support group', 'Talking therapies',
              'Crisis café', 'Money and debt advice', 'Work and benefits help', 'Housing advice',
              'Carers'' centre', 'Community garden', 'Walking group', 'Sleep workshop'])[1 + s.kind]
         || ' ' || c.name || ' ' || s.n,
       (array['A friendly group for people living with long-term pain.',
              'Gentle exercise led by a physiotherapist, with seated options.',
              'Meet people who understand what living with pain and low mood is like.',
              'Free NHS therapy for low mood, worry and stress. Refer yourself.',
              'A calm place to go in the evening when you cannot cope.',
              'Free, confidential help with debts, bills and money worries.',
              'Help to stay in work, find work or claim benefits.',
              'Advice on rent, repairs and staying in your home.',
              'Support, breaks and advice for unpaid carers.',
              'Grow food and flowers with friendly people outdoors.',
              'Short, slow walks with a walk leader and a cup of tea after.',
              'Learn ways to sleep better when pain or worry keeps you awake.'])[1 + s.kind]
         || (array[' Drop in, no need to book.', ' Please phone first.', ' Sessions run weekly.',
                   ' Carers are welcome too.', ' Tea and biscuits provided.'])[1 + s.n % 5],
       'https://org' || ((s.n - 1) / 5 + 1) || '.bench.example/services/' || s.n,
       'service' || s.n || '@bench.example',
       case when s.n % 50 = 0 then 'temporarily closed' else 'active' end,
       case s.n % 7 when 0 then 16 when 1 then 18 when 2 then 11 else null end,
       case s.n % 7 when 2 then 18 when 3 then 66 else null end,
       current_date - (s.n % 300), now() - make_interval(days => s.n % 300),
       current_date - (s.n % 300)
from bench_service s
join bench_city c on c.c = s.city;

-- needs: the service's own kind (as a needs term) and, for a third, a second one
insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select pg_temp.bench_id('need', s.n), pg_temp.bench_id('service', s.n), 'service',
       (array['ab8b87e2-b4ce-51c1-99aa-f07f61083995', '6b7682d8-e25a-5dfb-8eb5-06876469a2c0',
              '955f1431-9154-5876-83fd-c5ddf649af68', 'a4118105-9178-5864-b160-2e6f7dd40cf2',
              '0347afcf-da80-5851-9689-08ef723b17b3', 'fb3db2ff-4c98-5c3b-a11e-2c1fbc9739af',
              '1724e8e3-90f1-5ef6-aaa8-3cbb4e57c371', '6be6131c-a9df-5114-8b28-d7c7aacc8ac9',
              'fd3fef50-e663-5471-970a-0339bcaef915', '869365cf-e2c2-5dcc-a215-0f0849b9f993',
              '869365cf-e2c2-5dcc-a215-0f0849b9f993', '472af32b-7ce0-5b62-b0dd-0b59a06b58ab'])[1 + s.kind]::uuid
from bench_service s;
insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select pg_temp.bench_id('need2', s.n), pg_temp.bench_id('service', s.n), 'service',
       case when s.kind = 2 then 'ab8b87e2-b4ce-51c1-99aa-f07f61083995'::uuid
            else '955f1431-9154-5876-83fd-c5ddf649af68'::uuid end
from bench_service s where s.n % 3 = 0;

-- delivery (in person for most, phone and online for some) and self-referral
insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select pg_temp.bench_id(t.kind, s.n), pg_temp.bench_id('service', s.n), 'service', t.term
from bench_service s
join (values ('in-person', '137e0f97-c0a2-53d1-85e6-bf77e81ef08a'::uuid, 85),
             ('by-phone', '1c6b034e-a778-5d4e-ae4f-d365fab7d470'::uuid, 40),
             ('online', '5a173b6c-855a-52f0-ad08-e71fd48675af'::uuid, 30),
             ('self-referral', '4765bee7-ca08-5dc1-ae36-daec4881ad89'::uuid, 70)) t (kind, term, share)
  on (s.n * 37 + length(t.kind) * 11) % 100 < t.share;

-- ---- locations: 3 per service, near the service's city when it is clustered
insert into directory_location (id, location_type, name, latitude, longitude)
select pg_temp.bench_id('location', (s.n - 1) * 3 + i), 'physical',
       c.name || ' venue ' || ((s.n - 1) * 3 + i),
       case when s.clustered then c.lat + random_normal(0, 0.09) else 49.9 + random() * 5.9 end,
       case when s.clustered then c.lon + random_normal(0, 0.14) else -5.7 + random() * 7.5 end
from bench_service s
join bench_city c on c.c = s.city
cross join generate_series(1, 3) i;

insert into directory_address (id, location_id, address_1, city, state_province, postal_code,
  country, address_type)
select pg_temp.bench_id('address', m), pg_temp.bench_id('location', m),
       (m % 200 + 1) || ' High Street', c.name, 'England',
       c.area || (1 + m % 50) || ' ' || (m % 10) || 'AB', 'GB', 'physical'
from generate_series(1, 300000) m
join bench_city c on c.c = (((m - 1) / 3) / 5 + 1) % 20;

insert into directory_service_at_location (id, service_id, location_id)
select pg_temp.bench_id('service-at-location', m), pg_temp.bench_id('service', (m - 1) / 3 + 1),
       pg_temp.bench_id('location', m)
from generate_series(1, 300000) m;

-- access features of about half the places
insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select pg_temp.bench_id('access-' || t.kind, m), pg_temp.bench_id('location', m), 'location', t.term
from generate_series(1, 300000) m
join (values ('step-free', 'c29692f5-8f20-5e9a-b19f-cfdddab52011'::uuid, 50),
             ('loop', '91f9ca62-5ee9-550c-ad50-764a1d846e9d'::uuid, 20),
             ('toilet', '35c1cada-4059-5343-8130-7aa0ede678c3'::uuid, 40)) t (kind, term, share)
  on (m * 53 + length(t.kind) * 7) % 100 < t.share;

-- ---- opening times: one a week for all, a second for a third of them
insert into directory_schedule (id, service_id, freq, interval, byday, opens_at, closes_at,
  description)
select pg_temp.bench_id('schedule', s.n), pg_temp.bench_id('service', s.n), 'WEEKLY', 1,
       (array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', 'MO,WE,FR', 'TU,TH',
              'MO,TU,WE,TH,FR'])[1 + s.opens % 10],
       make_time(9 + s.opens % 10, (s.opens % 2) * 30, 0),
       make_time(least(23, 11 + s.opens % 10 + s.opens % 3), (s.opens % 2) * 30, 0),
       'Weekly opening times.'
from bench_service s;
insert into directory_schedule (id, service_id, freq, interval, byday, opens_at, closes_at,
  description)
select pg_temp.bench_id('schedule2', s.n), pg_temp.bench_id('service', s.n), 'WEEKLY', 1,
       (array['TU', 'SA', 'WE', 'TH'])[1 + s.n % 4], '18:00', '20:00', 'Evening session.'
from bench_service s where s.n % 3 = 1;

-- ---- costs: 60 % free (amount 0), 20 % nothing said (free), 20 % paid
insert into directory_cost_option (id, service_id, option, currency, amount, amount_description)
select pg_temp.bench_id('cost', s.n), pg_temp.bench_id('service', s.n),
       case when s.cost < 60 then 'Free' else 'Per session' end, 'GBP',
       case when s.cost < 60 then 0 else 2 + (s.cost % 10) end,
       case when s.cost < 60 then 'Free of charge' else 'Each time' end
from bench_service s where s.cost < 60 or s.cost >= 80;

-- ---- a phone for each, English for all and a second language for one in ten
insert into directory_phone (id, service_id, number)
select pg_temp.bench_id('phone', s.n), pg_temp.bench_id('service', s.n),
       '01632 960' || lpad((s.n % 1000)::text, 3, '0')
from bench_service s;
insert into directory_language (id, service_id, name, code)
select pg_temp.bench_id('language', s.n), pg_temp.bench_id('service', s.n), 'English', 'en'
from bench_service s;
insert into directory_language (id, service_id, name, code)
select pg_temp.bench_id('language2', s.n), pg_temp.bench_id('service', s.n),
       (array['Urdu', 'Polish', 'Punjabi', 'Romanian', 'Spanish'])[1 + s.n % 5],
       (array['ur', 'pl', 'pa', 'ro', 'es'])[1 + s.n % 5]
from bench_service s where s.n % 10 = 0;

commit;

analyze directory_organization, directory_service, directory_location, directory_address,
  directory_service_at_location, directory_attribute, directory_schedule, directory_cost_option,
  directory_phone, directory_language, directory_postcode;
