-- The service principles, replaced from their Markdown files at every start.
create table principle (
    id                    text primary key,
    number                integer not null unique,
    title                 text not null,
    summary               text not null,
    for_person_html       text not null,
    for_practitioners_html text not null,
    for_leads_html        text not null,
    signs_html            text not null
);
