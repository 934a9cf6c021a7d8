-- Answers given with help from someone the person asked to help them (a carer, issue 13).
alter table measures_response add column helped_by uuid references account (id);
