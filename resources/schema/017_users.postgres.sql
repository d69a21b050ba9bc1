-- PostgreSQL: the group roles, what each may do, and the 部门联络员's department boundary.
-- Role names are shared by the databases of one server. Creating them needs CREATEROLE: run
-- `qinqing-cli server init` as the postgres user (or a role with CREATEROLE).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['qinqing_admin', 'qinqing_clerk', 'qinqing_supervisor',
                             'qinqing_liaison', 'qinqing_leader'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database's initialisation made it just now
            END;
        END IF;
    END LOOP;
END
$$;

-- The audit log names the role that logged in; no client can write another name. Only a
-- copy from a file (qinqing-cli copy, run by an administrator) keeps the file's names.
CREATE FUNCTION qinqing_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('qinqing.copying', true) IS DISTINCT FROM 'on'
       OR NOT pg_has_role(session_user, 'qinqing_admin', 'MEMBER') THEN
        NEW.who := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_who BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION qinqing_audit_who();

-- The department of the liaison logged in (NULL for everyone else), and the assignments it
-- leads or cooperates on. SECURITY DEFINER: read without the row-level security they serve.
CREATE FUNCTION qinqing_my_department() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$
    SELECT department_id FROM users WHERE name = session_user AND disabled = 0
$$;
CREATE FUNCTION qinqing_my_assignments() RETURNS SETOF bigint LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM assignments WHERE lead_department_id = qinqing_my_department()
    UNION
    SELECT assignment_id FROM assignment_cooperators WHERE department_id = qinqing_my_department()
$$;
REVOKE ALL ON FUNCTION qinqing_my_department(), qinqing_my_assignments() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION qinqing_my_department(), qinqing_my_assignments() TO qinqing_liaison;

-- What each kind of user may do with the tables. The audit log is append-only for everyone.
GRANT SELECT ON ALL TABLES IN SCHEMA public
    TO qinqing_admin, qinqing_clerk, qinqing_supervisor, qinqing_leader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO qinqing_admin, qinqing_clerk;
REVOKE UPDATE, DELETE ON audit_log FROM qinqing_admin, qinqing_clerk;
REVOKE INSERT, UPDATE, DELETE ON users FROM qinqing_clerk;
GRANT INSERT, UPDATE ON assignments, extensions, progress_reports, settings TO qinqing_supervisor;
GRANT INSERT ON audit_log TO qinqing_supervisor, qinqing_liaison;
GRANT SELECT ON departments, leaders, profiles, settings, calendar_years, calendar_days, topics,
    appeals, assignments, assignment_cooperators, progress_reports, extensions, evaluations,
    attachments, audit_log, users TO qinqing_liaison;
GRANT INSERT ON progress_reports, extensions TO qinqing_liaison;
GRANT UPDATE (status, result, completed_on, feedback, feedback_on, feedback_method,
    explanation, updated_at, version) ON assignments TO qinqing_liaison;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public
    TO qinqing_admin, qinqing_clerk, qinqing_supervisor, qinqing_liaison;
-- Tables of later schema steps get the office's rights too (a liaison's stay explicit).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES
    TO qinqing_admin, qinqing_clerk, qinqing_supervisor, qinqing_leader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES
    TO qinqing_admin, qinqing_clerk;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES
    TO qinqing_admin, qinqing_clerk, qinqing_supervisor, qinqing_liaison;

-- Row-level security: the office sees every row, a liaison only its department's
-- assignments, what hangs off them, and their appeals.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['appeals', 'assignments', 'assignment_cooperators',
                             'progress_reports', 'extensions', 'evaluations', 'attachments',
                             'audit_log', 'users'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY office ON %I TO qinqing_admin, qinqing_clerk, '
                       'qinqing_supervisor, qinqing_leader USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
CREATE POLICY own_department ON assignments TO qinqing_liaison
    USING (id IN (SELECT qinqing_my_assignments()))
    WITH CHECK (id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON appeals TO qinqing_liaison
    USING (id IN (SELECT appeal_id FROM assignments));
CREATE POLICY own_department ON assignment_cooperators TO qinqing_liaison
    USING (assignment_id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON progress_reports TO qinqing_liaison
    USING (assignment_id IN (SELECT qinqing_my_assignments()))
    WITH CHECK (assignment_id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON extensions TO qinqing_liaison
    USING (assignment_id IN (SELECT qinqing_my_assignments()))
    WITH CHECK (assignment_id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON evaluations TO qinqing_liaison
    USING (assignment_id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON attachments TO qinqing_liaison
    USING (appeal_id IN (SELECT appeal_id FROM assignments));
CREATE POLICY own_department ON audit_log TO qinqing_liaison
    USING (entity = 'assignment' AND entity_id IN (SELECT qinqing_my_assignments()))
    WITH CHECK (entity = 'assignment' AND entity_id IN (SELECT qinqing_my_assignments()));
CREATE POLICY own_department ON users TO qinqing_liaison USING (name = session_user);
