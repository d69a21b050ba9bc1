-- Qinqing schema version 24 (SQLite), as tst_migrations dumps it
-- index appeals_channel on appeals
CREATE INDEX appeals_channel ON appeals (channel);
-- index appeals_collecting on appeals
CREATE INDEX appeals_collecting ON appeals (collecting_department_id);
-- index appeals_day_domain on appeals
CREATE INDEX appeals_day_domain ON appeals (submit_date, domain);
-- index appeals_domain on appeals
CREATE INDEX appeals_domain ON appeals (domain);
-- index appeals_enterprise on appeals
CREATE INDEX appeals_enterprise ON appeals (enterprise_id);
-- index appeals_month on appeals
CREATE INDEX appeals_month ON appeals (submit_date, channel, domain);
-- index appeals_number_last on appeals
CREATE INDEX appeals_number_last ON appeals (lower(substr(number, -1)));
-- index appeals_number_tail on appeals
CREATE INDEX appeals_number_tail ON appeals (lower(substr(number, -2)));
-- index appeals_prior_last on appeals
CREATE INDEX appeals_prior_last ON appeals (lower(substr(prior_handling, -1)));
-- index appeals_prior_tail on appeals
CREATE INDEX appeals_prior_tail ON appeals (lower(substr(prior_handling, -2)));
-- index appeals_problem_last on appeals
CREATE INDEX appeals_problem_last ON appeals (lower(substr(problem, -1)));
-- index appeals_problem_tail on appeals
CREATE INDEX appeals_problem_tail ON appeals (lower(substr(problem, -2)));
-- index appeals_status_date on appeals
CREATE INDEX appeals_status_date ON appeals (status, submit_date);
-- index appeals_suggestions_last on appeals
CREATE INDEX appeals_suggestions_last ON appeals (lower(substr(suggestions, -1)));
-- index appeals_suggestions_tail on appeals
CREATE INDEX appeals_suggestions_tail ON appeals (lower(substr(suggestions, -2)));
-- index appeals_topic on appeals
CREATE INDEX appeals_topic ON appeals (topic_id);
-- index appeals_unit on appeals
CREATE INDEX appeals_unit ON appeals (submitting_unit);
-- index appeals_unit_last on appeals
CREATE INDEX appeals_unit_last ON appeals (lower(substr(submitting_unit, -1)));
-- index appeals_unit_tail on appeals
CREATE INDEX appeals_unit_tail ON appeals (lower(substr(submitting_unit, -2)));
-- index assignments_appeal on assignments
CREATE INDEX assignments_appeal ON assignments (appeal_id);
-- index assignments_completed_cover on assignments
CREATE INDEX assignments_completed_cover ON assignments (completed_on, lead_department_id, assigned_on, due_date, rehandle_count);
-- index assignments_deferred on assignments
CREATE INDEX assignments_deferred ON assignments (deferred_on);
-- index assignments_due_cover on assignments
CREATE INDEX assignments_due_cover ON assignments (status, due_date, assigned_on, lead_department_id, original_due_date, progress_due, rehandle_count, appeal_id, escalated_on, escalated_until, deferred_on, deferred_until);
-- index assignments_due_date on assignments
CREATE INDEX assignments_due_date ON assignments (due_date);
-- index assignments_id_department on assignments
CREATE INDEX assignments_id_department ON assignments (id, lead_department_id);
-- index assignments_lead on assignments
CREATE INDEX assignments_lead ON assignments (lead_department_id);
-- index assignments_lead_appeal on assignments
CREATE INDEX assignments_lead_appeal ON assignments (lead_department_id, appeal_id);
-- index assignments_meeting on assignments
CREATE INDEX assignments_meeting ON assignments (meeting_id);
-- index assignments_status_appeal on assignments
CREATE INDEX assignments_status_appeal ON assignments (status, appeal_id);
-- index attachments_appeal on attachments
CREATE INDEX attachments_appeal ON attachments (appeal_id);
-- index audit_log_entity on audit_log
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
-- index enterprise_visits_enterprise on enterprise_visits
CREATE INDEX enterprise_visits_enterprise ON enterprise_visits (enterprise_id, visit_date);
-- index evaluations_assignment on evaluations
CREATE INDEX evaluations_assignment ON evaluations (assignment_id);
-- index evaluations_date_cover on evaluations
CREATE INDEX evaluations_date_cover ON evaluations (submit_date, level, assignment_id);
-- index extensions_assignment on extensions
CREATE INDEX extensions_assignment ON extensions (assignment_id);
-- index extensions_period on extensions
CREATE INDEX extensions_period ON extensions (decided_on, status, assignment_id);
-- index meeting_topics_topic on meeting_topics
CREATE INDEX meeting_topics_topic ON meeting_topics (topic_id);
-- index progress_reports_assignment on progress_reports
CREATE INDEX progress_reports_assignment ON progress_reports (assignment_id, report_date);
-- table appeal_search on appeal_search
CREATE VIRTUAL TABLE appeal_search USING fts5(
    number, submitting_unit, problem, suggestions, prior_handling,
    content='appeals', content_rowid='id', tokenize='trigram'
);
-- table appeal_search_config on appeal_search_config
CREATE TABLE 'appeal_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table appeal_search_data on appeal_search_data
CREATE TABLE 'appeal_search_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table appeal_search_docsize on appeal_search_docsize
CREATE TABLE 'appeal_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table appeal_search_idx on appeal_search_idx
CREATE TABLE 'appeal_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table appeal_search_vocab on appeal_search_vocab
CREATE VIRTUAL TABLE appeal_search_vocab USING fts5vocab(appeal_search, 'row');
-- table appeals on appeals
CREATE TABLE appeals (
    id                        INTEGER PRIMARY KEY,
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
, screening_target TEXT NOT NULL DEFAULT '', screening_department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL, version INTEGER NOT NULL DEFAULT 1);
-- table assignment_cooperators on assignment_cooperators
CREATE TABLE assignment_cooperators (
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    contact       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assignment_id, department_id)
);
-- table assignments on assignments
CREATE TABLE assignments (
    id                 INTEGER PRIMARY KEY,
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
, escalated_on TEXT NOT NULL DEFAULT '', escalated_until TEXT NOT NULL DEFAULT '', deferred_on TEXT NOT NULL DEFAULT '', deferred_until TEXT NOT NULL DEFAULT '', deadline_start TEXT NOT NULL DEFAULT '', due_rule TEXT NOT NULL DEFAULT '', progress_rule TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1);
-- table attachments on attachments
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    appeal_id  INTEGER NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL DEFAULT ''
);
-- table audit_log on audit_log
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
-- table calendar_days on calendar_days
CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    holiday TEXT NOT NULL DEFAULT ''
);
-- table calendar_years on calendar_years
CREATE TABLE calendar_years (
    year   INTEGER PRIMARY KEY,
    source TEXT NOT NULL
);
-- table departments on departments
CREATE TABLE departments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    contact    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    level      TEXT NOT NULL DEFAULT ''
, version INTEGER NOT NULL DEFAULT 1);
-- table enterprise_tags on enterprise_tags
CREATE TABLE enterprise_tags (
    enterprise_id INTEGER NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
    tag           TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, tag)
);
-- table enterprise_visits on enterprise_visits
CREATE TABLE enterprise_visits (
    id            INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
    leader_id     INTEGER REFERENCES leaders (id) ON DELETE SET NULL,
    visit_date    TEXT NOT NULL,
    people        TEXT NOT NULL DEFAULT '',
    findings      TEXT NOT NULL DEFAULT '',
    follow_up     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
-- table enterprises on enterprises
CREATE TABLE enterprises (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    uscc               TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    industry           TEXT NOT NULL DEFAULT '',
    district           TEXT NOT NULL DEFAULT '',
    liaison_leader_id  INTEGER REFERENCES leaders (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
, version INTEGER NOT NULL DEFAULT 1);
-- table evaluations on evaluations
CREATE TABLE evaluations (
    id                 INTEGER PRIMARY KEY,
    assignment_id      INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    evaluating_unit    TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    submit_date        TEXT NOT NULL,
    level              TEXT NOT NULL CHECK (level IN ('satisfied', 'basic', 'unsatisfied')),
    opinion            TEXT NOT NULL DEFAULT '',
    suggestions        TEXT NOT NULL DEFAULT ''
);
-- table extensions on extensions
CREATE TABLE extensions (
    id                INTEGER PRIMARY KEY,
    assignment_id     INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    requested_on      TEXT NOT NULL,
    reason            TEXT NOT NULL,
    requested_due     TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_on        TEXT NOT NULL DEFAULT '',
    decided_by        TEXT NOT NULL DEFAULT '',
    previous_due      TEXT NOT NULL DEFAULT ''
, decision_note TEXT NOT NULL DEFAULT '');
-- table import_mappings on import_mappings
CREATE TABLE import_mappings (
    name       TEXT PRIMARY KEY,
    channel    TEXT NOT NULL DEFAULT '',
    key_column TEXT NOT NULL DEFAULT '',
    columns    TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
-- table imported_work_orders on imported_work_orders
CREATE TABLE imported_work_orders (
    source     TEXT NOT NULL,
    work_order TEXT NOT NULL,
    appeal_id  INTEGER REFERENCES appeals (id) ON DELETE SET NULL,
    PRIMARY KEY (source, work_order)
);
-- table leaders on leaders
CREATE TABLE leaders (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    title   TEXT NOT NULL DEFAULT '',
    domains TEXT NOT NULL DEFAULT ''
, version INTEGER NOT NULL DEFAULT 1);
-- table meeting_departments on meeting_departments
CREATE TABLE meeting_departments (
    meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    role          TEXT NOT NULL DEFAULT 'attend',
    PRIMARY KEY (meeting_id, department_id)
);
-- table meeting_enterprises on meeting_enterprises
CREATE TABLE meeting_enterprises (
    meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    enterprise_id  INTEGER NOT NULL REFERENCES enterprises (id),
    representative TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, enterprise_id)
);
-- table meeting_leaders on meeting_leaders
CREATE TABLE meeting_leaders (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    leader_id  INTEGER NOT NULL REFERENCES leaders (id),
    role       TEXT NOT NULL DEFAULT 'attend',
    PRIMARY KEY (meeting_id, leader_id)
);
-- table meeting_topics on meeting_topics
CREATE TABLE meeting_topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics (id),
    position   INTEGER NOT NULL DEFAULT 0,
    decision   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, topic_id)
);
-- table meetings on meetings
CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    form         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    minutes_number TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
, notice_date TEXT NOT NULL DEFAULT '', booking_from TEXT NOT NULL DEFAULT '', booking_to TEXT NOT NULL DEFAULT '', notice_scope TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1);
-- table profiles on profiles
CREATE TABLE profiles (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    settings TEXT NOT NULL
);
-- table progress_reports on progress_reports
CREATE TABLE progress_reports (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    report_date   TEXT NOT NULL,
    content       TEXT NOT NULL,
    reporter      TEXT NOT NULL DEFAULT ''
);
-- table settings on settings
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- table topic_departments on topic_departments
CREATE TABLE topic_departments (
    topic_id      INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    handed_on     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (topic_id, department_id)
);
-- table topics on topics
CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    urgent      INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  TEXT NOT NULL
, version INTEGER NOT NULL DEFAULT 1);
-- table users on users
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    full_name     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'supervisor', 'liaison', 'leader')),
    department_id INTEGER REFERENCES departments (id),
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    CHECK ((role = 'liaison') = (department_id IS NOT NULL))
);
-- table visit_appeals on visit_appeals
CREATE TABLE visit_appeals (
    visit_id  INTEGER NOT NULL REFERENCES enterprise_visits (id) ON DELETE CASCADE,
    appeal_id INTEGER NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, appeal_id)
);
-- trigger appeals_search_delete on appeals
CREATE TRIGGER appeals_search_delete AFTER DELETE ON appeals BEGIN
    INSERT INTO appeal_search (appeal_search, rowid, number, submitting_unit, problem, suggestions,
                               prior_handling)
    VALUES ('delete', old.id, old.number, old.submitting_unit, old.problem, old.suggestions,
            old.prior_handling);
END;
-- trigger appeals_search_insert on appeals
CREATE TRIGGER appeals_search_insert AFTER INSERT ON appeals BEGIN
    INSERT INTO appeal_search (rowid, number, submitting_unit, problem, suggestions, prior_handling)
    VALUES (new.id, new.number, new.submitting_unit, new.problem, new.suggestions, new.prior_handling);
END;
-- trigger appeals_search_update on appeals
CREATE TRIGGER appeals_search_update AFTER UPDATE OF number, submitting_unit, problem, suggestions,
    prior_handling ON appeals BEGIN
    INSERT INTO appeal_search (appeal_search, rowid, number, submitting_unit, problem, suggestions,
                               prior_handling)
    VALUES ('delete', old.id, old.number, old.submitting_unit, old.problem, old.suggestions,
            old.prior_handling);
    INSERT INTO appeal_search (rowid, number, submitting_unit, problem, suggestions, prior_handling)
    VALUES (new.id, new.number, new.submitting_unit, new.problem, new.suggestions, new.prior_handling);
END;
