-- The audit log (issue 10): every write of records, runs, periods, revisions, users and reference data, with
-- who, when, what, and the sha256 of the content before and after (null: there was none / there is none).
-- employee_ids and date_from/date_to say whose data and which days a write concerns, so "who changed this
-- employee's records in March" is one query.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity      text        not null,
    entity_id   text        not null,
    period      char(7),
    employee_ids text[]     not null default '{}',
    date_from   date,
    date_to     date,
    hash_before char(64),
    hash_after  char(64),
    detail      jsonb
);
create index audit_log_at on audit_log (at, id);
create index audit_log_entity on audit_log (entity, entity_id);
create index audit_log_actor on audit_log (actor, at);
create index audit_log_employee on audit_log using gin (employee_ids);
