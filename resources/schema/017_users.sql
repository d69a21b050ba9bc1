-- Version 17: the people who work on a server database and what they may do. On PostgreSQL
-- each row is a login role of the same name with a SCRAM password, member of the group role
-- of its kind (qinqing_admin 管理员, qinqing_clerk 登记员, qinqing_supervisor 督查,
-- qinqing_liaison 部门联络员, qinqing_leader 领导); the server enforces what each may read and
-- change (GRANTs, row-level security: step 017's .postgres.sql). A 部门联络员 works for one
-- department. On an SQLite file the table stays empty: one clerk, the OS login.
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    full_name     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'supervisor', 'liaison', 'leader')),
    department_id INTEGER REFERENCES departments (id),
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    CHECK ((role = 'liaison') = (department_id IS NOT NULL))
);
