-- PostgreSQL: every committed change of the records the desks show is announced on the channel
-- qinqing_changes (payload: the table), so that the other desks refresh within a moment
-- (DatabaseWatcher, LISTEN through Qt's driver notifications). Statement triggers: one notice
-- per statement, folded into one per table and transaction by the server.
CREATE FUNCTION qinqing_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('qinqing_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['appeals', 'assignments', 'assignment_cooperators',
                             'progress_reports', 'extensions', 'evaluations', 'topics',
                             'topic_departments', 'meetings', 'meeting_topics', 'enterprises',
                             'departments', 'leaders', 'attachments', 'enterprise_visits',
                             'settings', 'calendar_days', 'profiles'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION qinqing_notify_change()',
                       t || '_notify', t);
    END LOOP;
END
$$;
