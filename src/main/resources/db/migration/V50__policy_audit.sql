-- Who uploaded, validated, refused, activated or retired which revision of a policy, when, with which note.
create table policy_audit (
    id             bigserial primary key,
    policy_id      text        not null references policy (policy_id),
    revision       text,
    action         text        not null,
    actor          text        not null,
    at             timestamptz not null,
    effective_from date,
    note           text,
    detail         jsonb
);
create index policy_audit_policy on policy_audit (policy_id, at, id);
