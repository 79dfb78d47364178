-- Pay periods (issue 10). A period is OPEN until HR closes it; a period without a row is OPEN. While CLOSED its
-- records, runs and revision activations are refused. Each close freezes every employee's statement as it was
-- (period_close: the run whose lines were paid, and the totals); reopening needs a reason. Closes and reopens are
-- the period's history (period_event), with who, when and why.
create table period (
    period     char(7) primary key,
    status     text        not null,
    updated_at timestamptz not null default now()
);

create table period_event (
    id     bigserial primary key,
    period char(7)     not null,
    action text        not null,
    actor  text        not null,
    at     timestamptz not null default now(),
    reason text,
    detail jsonb
);
create index period_event_period on period_event (period, at, id);

create table period_close (
    close_id    bigint         not null references period_event (id),
    period      char(7)        not null,
    employee_id text           not null,
    run_id      text           not null,
    deduct      numeric(14, 2) not null,
    pay         numeric(14, 2) not null,
    net         numeric(14, 2) not null,
    primary key (close_id, employee_id)
);
create index period_close_employee on period_close (period, employee_id, close_id);

-- Adjustment lines: after a closed period is reopened and run again, the difference per employee, rule and
-- records between what was paid (the lines of the run frozen by the last close) and the new run, each explained
-- "was 80.00 under revision X, now 90.00 under revision Y". Written when the run finishes; never overwrite a line.
create table adjustment_line (
    line_id      text           not null,
    run_id       text           not null,
    base_run_id  text           not null,
    close_id     bigint         not null,
    period       char(7)        not null,
    employee_id  text           not null,
    seq          int            not null,
    rule_id      text           not null,
    direction    text           not null,
    component    text           not null,
    amount       numeric(14, 2) not null,
    date         date           not null,
    records      jsonb          not null,
    policy       text           not null,
    was_amount   numeric(14, 2) not null,
    was_revision text,
    now_amount   numeric(14, 2) not null,
    now_revision text,
    was_lines    text[]         not null,
    now_lines    text[]         not null,
    primary key (line_id, run_id)
);
create index adjustment_line_employee on adjustment_line (period, employee_id, run_id, seq);
