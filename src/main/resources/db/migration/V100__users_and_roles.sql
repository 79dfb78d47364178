-- Users and roles (issue 10). Passwords are bcrypt hashes in modular crypt format ($2a$10$...), read by
-- quarkus-security-jpa. A user holds one or more roles (comma separated, each one of app_role) and, for the
-- branch-scoped roles (supervisor, clerk), the branches they supervise or belong to.
create table app_role (
    role    text primary key,
    name_zh text not null,
    name_en text not null,
    scope   text not null -- ALL: every branch; BRANCH: the user's branches only
);
insert into app_role (role, name_zh, name_en, scope) values
    ('hr', '人事', 'HR: runs, statements, close and reopen periods, export, users', 'ALL'),
    ('supervisor', '主管', 'supervisor: statements and explanations of the branches supervised', 'BRANCH'),
    ('policy-admin', '制度管理员', 'policy admin: policy revisions', 'ALL'),
    ('clerk', '文员', 'clerk: records of the own branch', 'BRANCH'),
    ('auditor', '审计', 'auditor: reads everything, changes nothing', 'ALL'),
    ('integration', '系统接口', 'integration: bulk record endpoints', 'ALL');

create table app_user (
    username   text primary key,
    password   text        not null,
    roles      text        not null,
    enabled    boolean     not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- no foreign key to branch: a user may be set up before the branch data is loaded
create table app_user_branch (
    username  text not null references app_user (username) on delete cascade,
    branch_id text not null,
    primary key (username, branch_id)
);
