-- Finding support: indexes for the directory search at 100,000 services and 300,000 places.
-- Searches by need, delivery or self-referral look for services carrying a term; this index
-- answers "which services have this term" without touching other entities' attributes.
create index directory_attribute_service_term on directory_attribute (taxonomy_term_id, link_id)
    where link_entity = 'service';

-- Results without a postcode or words are listed by name.
create index directory_service_name on directory_service (name, id)
    where status in ('active', 'temporarily closed');

-- "Open on Tuesdays" only ever asks about weekly schedules.
create index directory_schedule_weekly on directory_schedule (service_id)
    where freq = 'WEEKLY';
