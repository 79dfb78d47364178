-- Runs are jobs (issue 14). A run fixes at its start the rule-book windows it scores with (the ids of the
-- revisions in force over each window) and its people, cut into partitions; each partition is a Quartz job
-- that any instance may execute. A partition writes its lines, flags and partial statement totals in one
-- transaction and is marked done in it, so a partition that dies is simply executed again; the last
-- partition schedules the run's finish, which switches the period's statements to the run in one
-- transaction. A failed or unfinished run leaves the statements of the previous run in place.
alter table run add column windows jsonb not null default '[]';
alter table run add column partitions int not null default 0;
alter table run add column partitions_done int not null default 0;
alter table run add column problem jsonb;
-- the day a run is scored as of (what is pending, what is overdue), the same for all its partitions
alter table run add column as_of date;
-- the runs whose lines the run's statements replaced, removed after the switch
alter table run add column replaced text[] not null default '{}';
-- a period has at most one run going per branch, and a run of every branch excludes all others
-- (RunStore.create checks under an advisory lock of the period); this finds them
create index run_going on run (period, branch_id) where status = 'RUNNING';

create table run_partition (
    run_id       text        not null references run (run_id) on delete cascade,
    part         int         not null,
    employee_ids text[]      not null,
    status       text        not null default 'PENDING',
    executed_by  text,
    attempts     int         not null default 0,
    lines        int,
    finished_at  timestamptz,
    primary key (run_id, part)
);

-- What one partition found for one employee: its share of the statement (a partition may charge an
-- employee of another partition, e.g. a leader's joint penalty). member: the employee is one of the
-- run's people (a line may be charged to someone outside a branch's run). The finish sums the shares.
create table run_total (
    run_id      text           not null references run (run_id) on delete cascade,
    part        int            not null,
    employee_id text           not null,
    member      boolean        not null,
    deduct      numeric(14, 2) not null,
    pay         numeric(14, 2) not null,
    flags       text[]         not null,
    primary key (run_id, employee_id, part)
);
