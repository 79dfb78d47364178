-- Reference data: branches, employees, monthly wages, calendar overrides.
create table branch (
    branch_id          text primary key,
    name               text        not null,
    founding_date      date        not null,
    shift_start        time        not null,
    shift_end          time        not null,
    closed_on_holidays boolean     not null default false,
    updated_at         timestamptz not null default now()
);

create table employee (
    employee_id                text primary key,
    name                       text        not null,
    branch_id                  text        not null references branch (branch_id),
    department                 text,
    installer                  boolean     not null default false,
    external_team              boolean     not null default false,
    management_post            boolean     not null default false,
    commission_paid            boolean     not null default false,
    formal_employee            boolean     not null default false,
    hire_date                  date        not null,
    marriage_registration_date date,
    supervisor_id              text,
    updated_at                 timestamptz not null default now()
);
create index employee_branch on employee (branch_id, employee_id);
create index employee_supervisor on employee (supervisor_id);

create table wage (
    period         char(7)        not null,
    employee_id    text           not null references employee (employee_id),
    daily_avg_wage numeric(12, 2) not null,
    monthly_wage   numeric(12, 2),
    primary key (period, employee_id)
);

-- A year's calendar as HR set it; years without a row use the shipped national defaults.
create table calendar_year (
    year       int primary key,
    document   jsonb       not null,
    updated_at timestamptz not null default now()
);

-- Records from the clock machines, the ERP and the call centre, stored as validated JSON documents.
create table record (
    kind       text        not null,
    id         text        not null,
    payload    jsonb       not null,
    sha256     char(64)    not null,
    updated_at timestamptz not null default now(),
    primary key (kind, id)
);

-- Which employees a record concerns, over which dates: the index a month run loads by.
create table record_party (
    kind        text not null,
    id          text not null,
    employee_id text not null,
    date_from   date not null,
    date_to     date not null,
    primary key (kind, id, employee_id),
    foreign key (kind, id) references record (kind, id) on delete cascade
);
create index record_party_employee on record_party (employee_id, date_from, date_to);

-- Policy documents and their immutable revisions.
create table policy (
    policy_id   text primary key,
    title_zh    text not null,
    title_en    text not null,
    document_no text
);

create table policy_revision (
    id             bigserial primary key,
    policy_id      text        not null references policy (policy_id),
    revision       text        not null,
    effective_from date        not null,
    sha256         char(64)    not null,
    status         text        not null,
    source         text        not null,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    activated_at   timestamptz,
    note           text,
    report         jsonb,
    unique (policy_id, revision),
    unique (policy_id, sha256)
);

create table policy_revision_file (
    revision_id bigint   not null references policy_revision (id) on delete cascade,
    name        text     not null,
    content     bytea    not null,
    sha256      char(64) not null,
    primary key (revision_id, name)
);

-- Monthly runs and their results. Lines and flags are written in batches under their run; the
-- statement row of an employee-month names the run whose lines are current, and is switched
-- when the run finishes, so readers never see a half-written run.
create table run (
    run_id      text primary key,
    period      char(7)     not null,
    branch_id   text,
    status      text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    total       int         not null default 0,
    done        int         not null default 0,
    lines       int         not null default 0,
    revisions   jsonb       not null default '[]',
    error       text
);
create index run_period on run (period, started_at);

create table result_line (
    line_id        text           not null,
    run_id         text           not null,
    period         char(7)        not null,
    employee_id    text           not null,
    seq            int            not null,
    rule_id        text           not null,
    rule_name      text           not null,
    direction      text           not null,
    component      text           not null,
    amount         numeric(14, 2) not null,
    date           date           not null,
    policy         text           not null,
    revision       text           not null,
    sha256         char(64)       not null,
    summary        text           not null,
    records        jsonb          not null,
    detail         jsonb          not null,
    occurrence_key text,
    primary key (line_id, run_id)
);
create index result_line_employee on result_line (period, employee_id, run_id, seq);
create index result_line_occurrence on result_line (employee_id, rule_id, period) where occurrence_key is not null;

create table result_flag (
    flag_id     text    not null,
    run_id      text    not null,
    period      char(7) not null,
    employee_id text    not null,
    seq         int     not null,
    code        text    not null,
    rule_id     text    not null,
    policy      text    not null,
    revision    text    not null,
    date        date    not null,
    detail      text    not null,
    records     jsonb   not null,
    primary key (flag_id, run_id)
);
create index result_flag_employee on result_flag (period, employee_id, run_id, seq);

create table statement (
    period      char(7)        not null,
    employee_id text           not null,
    run_id      text           not null,
    name        text           not null,
    branch_id   text           not null,
    deduct      numeric(14, 2) not null,
    pay         numeric(14, 2) not null,
    net         numeric(14, 2) not null,
    flags       jsonb          not null,
    primary key (period, employee_id)
);
