-- Clock machines (ZKTeco and the brands that copy its attlog layout and iClock/ADMS push protocol), registered
-- per branch by serial number; only registered serial numbers are served on /iclock.
create table clock_device (
    serial        text primary key,
    branch_id     text        not null references branch (branch_id),
    name          text,
    registered_at timestamptz not null default now(),
    last_seen_at  timestamptz
);
create index clock_device_branch on clock_device (branch_id, serial);

-- An employee's PIN (the number enrolled on the clock) on one device, or on every device of a branch.
create table clock_pin (
    employee_id   text not null references employee (employee_id),
    pin           text not null,
    device_serial text references clock_device (serial),
    branch_id     text references branch (branch_id),
    check ((device_serial is null) <> (branch_id is null))
);
create unique index clock_pin_device on clock_pin (device_serial, pin) where device_serial is not null;
create unique index clock_pin_branch on clock_pin (branch_id, pin) where branch_id is not null;

-- A punch whose PIN is mapped to nobody yet: kept, listed for the clerk, assigned when the PIN is mapped.
create table unmatched_punch (
    punch_id      text primary key,
    device_serial text        not null references clock_device (serial),
    pin           text        not null,
    at            timestamp   not null,
    status        text,
    verify_mode   text,
    received_at   timestamptz not null default now()
);
create index unmatched_punch_pin on unmatched_punch (device_serial, pin);
