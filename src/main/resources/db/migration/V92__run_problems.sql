-- Records stored in any order (a visit before its work order) are resolved when the month is run; what is still
-- unresolved then is listed on the run as its data problems, and the employee concerned is flagged REVIEW.
create table run_problem (
    run_id       text not null,
    seq          int  not null,
    kind         text not null,
    record_id    text not null,
    field        text not null,
    missing_kind text not null,
    missing_id   text,
    employee_id  text,
    date         date not null,
    primary key (run_id, seq)
);
create index run_problem_employee on run_problem (run_id, employee_id);
