-- Version 13: when an assignment was escalated (提交上级) or deferred (暂缓解决), and when it came
-- back, so that the dashboard and the leaders' report can look at a past date (before, both
-- were taken as they are today). An item waits from *_on up to the day before *_until; '' in
-- *_until while it still waits. Only the latest escalation and the latest deferral are kept;
-- the audit log has every one.
ALTER TABLE assignments ADD COLUMN escalated_on TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN escalated_until TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN deferred_on TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN deferred_until TEXT NOT NULL DEFAULT '';

-- Back-filled from the audit log, whose entries carry the time they were written: the day of
-- the latest 'escalated' / 'deferred' entry, and the day of the first later entry that moved
-- the item on from that state (its detail records "from"; a completion ends it on the
-- completion date it records in completed_on). Items without such entries (demo data, files
-- from before the history was kept) keep '' and are taken as they are today.
UPDATE assignments SET escalated_on = COALESCE((
    SELECT substr(max(l.at), 1, 10) FROM audit_log l
    WHERE l.entity = 'assignment' AND l.entity_id = assignments.id AND l.action = 'escalated'), '')
WHERE id IN (SELECT entity_id FROM audit_log WHERE entity = 'assignment' AND action = 'escalated');
UPDATE assignments SET deferred_on = COALESCE((
    SELECT substr(max(l.at), 1, 10) FROM audit_log l
    WHERE l.entity = 'assignment' AND l.entity_id = assignments.id AND l.action = 'deferred'), '')
WHERE id IN (SELECT entity_id FROM audit_log WHERE entity = 'assignment' AND action = 'deferred');
UPDATE assignments SET escalated_until = COALESCE((
    SELECT CASE WHEN l.action = 'completed' AND assignments.completed_on <> ''
                THEN assignments.completed_on ELSE substr(l.at, 1, 10) END
    FROM audit_log l
    WHERE l.entity = 'assignment' AND l.entity_id = assignments.id
      AND l.detail LIKE '%"from":"escalated"%'
      AND l.at >= (SELECT max(e.at) FROM audit_log e WHERE e.entity = 'assignment'
                   AND e.entity_id = assignments.id AND e.action = 'escalated')
    ORDER BY l.at, l.id LIMIT 1), '')
WHERE escalated_on <> '' AND status <> 'escalated';
UPDATE assignments SET deferred_until = COALESCE((
    SELECT substr(l.at, 1, 10) FROM audit_log l
    WHERE l.entity = 'assignment' AND l.entity_id = assignments.id
      AND l.detail LIKE '%"from":"deferred"%'
      AND l.at >= (SELECT max(e.at) FROM audit_log e WHERE e.entity = 'assignment'
                   AND e.entity_id = assignments.id AND e.action = 'deferred')
    ORDER BY l.at, l.id LIMIT 1), '')
WHERE deferred_on <> '' AND status <> 'deferred';

-- The dashboard reads the dates of every open item: they join the covering index of open
-- assignments (step 11). Items deferred after a past date are found by deferred_on.
DROP INDEX IF EXISTS assignments_due_cover;
CREATE INDEX assignments_due_cover ON assignments (status, due_date, assigned_on, lead_department_id, original_due_date, progress_due, rehandle_count, appeal_id, escalated_on, escalated_until, deferred_on, deferred_until);
CREATE INDEX assignments_deferred ON assignments (deferred_on);
