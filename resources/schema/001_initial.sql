-- Qinqing schema, version 1: the records of the appeal-to-evaluation workflow.
-- Portable SQL: {{ID}} is the auto-numbered primary key of the dialect (see SqlDialect).
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 with seconds, so that both
-- SQLite and PostgreSQL compare them the same way.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE profiles (
    id       {{ID}},
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    settings TEXT NOT NULL
);

CREATE TABLE calendar_years (
    year   INTEGER PRIMARY KEY,
    source TEXT NOT NULL
);

CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    holiday TEXT NOT NULL DEFAULT ''
);

CREATE TABLE leaders (
    id      {{ID}},
    name    TEXT NOT NULL,
    title   TEXT NOT NULL DEFAULT '',
    domains TEXT NOT NULL DEFAULT ''
);

CREATE TABLE departments (
    id         {{ID}},
    name       TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    contact    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    level      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE enterprises (
    id                 {{ID}},
    name               TEXT NOT NULL UNIQUE,
    uscc               TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    industry           TEXT NOT NULL DEFAULT '',
    district           TEXT NOT NULL DEFAULT '',
    liaison_leader_id  INTEGER REFERENCES leaders (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE enterprise_tags (
    enterprise_id INTEGER NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
    tag           TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, tag)
);

CREATE TABLE topics (
    id          {{ID}},
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    urgent      INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  TEXT NOT NULL
);

CREATE TABLE topic_departments (
    topic_id      INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    handed_on     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (topic_id, department_id)
);

CREATE TABLE appeals (
    id                        {{ID}},
    number                    TEXT NOT NULL UNIQUE,
    submitting_unit           TEXT NOT NULL,
    enterprise_id             INTEGER REFERENCES enterprises (id) ON DELETE SET NULL,
    responsible_person        TEXT NOT NULL DEFAULT '',
    phone                     TEXT NOT NULL DEFAULT '',
    submit_date               TEXT NOT NULL,
    channel                   TEXT NOT NULL DEFAULT '',
    collecting_department_id  INTEGER REFERENCES departments (id) ON DELETE SET NULL,
    problem                   TEXT NOT NULL,
    suggestions               TEXT NOT NULL DEFAULT '',
    prior_handling            TEXT NOT NULL DEFAULT '',
    domain                    TEXT NOT NULL DEFAULT '',
    scope                     TEXT NOT NULL DEFAULT 'individual'
                              CHECK (scope IN ('individual', 'industry')),
    urgency                   TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
    status                    TEXT NOT NULL DEFAULT 'pending'
                              CHECK (status IN ('pending', 'accepted', 'rejected', 'redirected', 'solved')),
    screening_reason          TEXT NOT NULL DEFAULT '',
    screening_note            TEXT NOT NULL DEFAULT '',
    screened_at               TEXT NOT NULL DEFAULT '',
    duplicate_of              INTEGER REFERENCES appeals (id) ON DELETE SET NULL,
    topic_id                  INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

CREATE TABLE meetings (
    id           {{ID}},
    kind         TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    form         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    minutes_number TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);

-- role: chair (主持), attend (出席), leave (请假), observe (列席)
CREATE TABLE meeting_leaders (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    leader_id  INTEGER NOT NULL REFERENCES leaders (id),
    role       TEXT NOT NULL DEFAULT 'attend',
    PRIMARY KEY (meeting_id, leader_id)
);

CREATE TABLE meeting_departments (
    meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    role          TEXT NOT NULL DEFAULT 'attend',
    PRIMARY KEY (meeting_id, department_id)
);

CREATE TABLE meeting_enterprises (
    meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    enterprise_id  INTEGER NOT NULL REFERENCES enterprises (id),
    representative TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, enterprise_id)
);

CREATE TABLE meeting_topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics (id),
    position   INTEGER NOT NULL DEFAULT 0,
    decision   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, topic_id)
);

-- status: assigned 已交办, in_progress 办理中, done 已办结, evaluated 已评价,
-- returned 退回, escalated 提交上级, deferred 暂缓解决
CREATE TABLE assignments (
    id                 {{ID}},
    appeal_id          INTEGER REFERENCES appeals (id) ON DELETE CASCADE,
    topic_id           INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    meeting_id         INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    lead_department_id INTEGER NOT NULL REFERENCES departments (id),
    lead_contact       TEXT NOT NULL DEFAULT '',
    lead_phone         TEXT NOT NULL DEFAULT '',
    multi_department   INTEGER NOT NULL DEFAULT 0,
    assigned_on        TEXT NOT NULL,
    progress_due       TEXT NOT NULL DEFAULT '',
    due_date           TEXT NOT NULL,
    original_due_date  TEXT NOT NULL,
    due_uncertain      INTEGER NOT NULL DEFAULT 0,
    due_reason         TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'assigned'
                       CHECK (status IN ('assigned', 'in_progress', 'done', 'evaluated',
                                         'returned', 'escalated', 'deferred')),
    result             TEXT NOT NULL DEFAULT '',
    completed_on       TEXT NOT NULL DEFAULT '',
    feedback           TEXT NOT NULL DEFAULT '',
    feedback_on        TEXT NOT NULL DEFAULT '',
    feedback_method    TEXT NOT NULL DEFAULT '',
    supervision        TEXT NOT NULL DEFAULT '',
    escalation_note    TEXT NOT NULL DEFAULT '',
    explanation        TEXT NOT NULL DEFAULT '',
    rehandle_count     INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE assignment_cooperators (
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    contact       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assignment_id, department_id)
);

CREATE TABLE progress_reports (
    id            {{ID}},
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    report_date   TEXT NOT NULL,
    content       TEXT NOT NULL,
    reporter      TEXT NOT NULL DEFAULT ''
);

-- status: pending, approved, refused
CREATE TABLE extensions (
    id                {{ID}},
    assignment_id     INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    requested_on      TEXT NOT NULL,
    reason            TEXT NOT NULL,
    requested_due     TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_on        TEXT NOT NULL DEFAULT '',
    decided_by        TEXT NOT NULL DEFAULT '',
    previous_due      TEXT NOT NULL DEFAULT ''
);

-- level: satisfied 满意, basic 基本满意, unsatisfied 不满意
CREATE TABLE evaluations (
    id                 {{ID}},
    assignment_id      INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    evaluating_unit    TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    submit_date        TEXT NOT NULL,
    level              TEXT NOT NULL CHECK (level IN ('satisfied', 'basic', 'unsatisfied')),
    opinion            TEXT NOT NULL DEFAULT '',
    suggestions        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
    id        {{ID}},
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
