-- Lists by name (the ORUK API's /services, which lists every status, and the search without a
-- postcode or words): one index over all services replaces the one over active services only.
drop index directory_service_name;
create index directory_service_name on directory_service (name, id);
