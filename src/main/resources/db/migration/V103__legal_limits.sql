-- Statutory guard flags (issue 10, LEGAL_LIMIT). The local minimum monthly wage of a branch, as dated data that HR
-- keeps (PUT /api/branches/{id}/minimum-wages): a row is in force from its effective date until the next row's.
create table branch_minimum_wage (
    branch_id      text           not null references branch (branch_id),
    effective_from date           not null,
    amount         numeric(12, 2) not null check (amount > 0),
    updated_at     timestamptz    not null default now(),
    primary key (branch_id, effective_from)
);

-- A flag's detail in Chinese, when the rule wrote it from the message bundles in both languages (the figures of a
-- LEGAL_LIMIT flag); null for a flag whose Chinese detail is made when it is read (code and rule by their names).
alter table result_flag add column detail_zh text;
