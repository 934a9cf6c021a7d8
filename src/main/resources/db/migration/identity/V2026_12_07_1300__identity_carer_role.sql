-- Carers and others who help a person (issue 13): their own local accounts, with the role CARER.
-- What a carer may see is decided per person by the person's consent (care module), never by role.
alter table account drop constraint account_role_check;
alter table account add constraint account_role_check
    check (role in ('PATIENT', 'PRACTITIONER', 'SERVICE_LEAD', 'ADMIN', 'CARER'));
