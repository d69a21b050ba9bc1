-- Version 11: covering indexes for the deadline dashboard's refresh at 100,000 appeals (measured
-- with qinqing-dashboard-benchmark). Reading the table rows behind narrower indexes was most of
-- a refresh: an assignment row carries its long result and feedback texts, an index entry only
-- the few columns the dashboard reads.
-- The open assignments with what the buckets and owed reports need (status and due_date stay
-- first for the overdue list and the deadline filters).
DROP INDEX IF EXISTS assignments_due;
CREATE INDEX assignments_due_cover ON assignments (status, due_date, assigned_on, lead_department_id, original_due_date, progress_due, rehandle_count, appeal_id);
-- Completions of a period grouped by day, department and assignment day, in index order.
DROP INDEX IF EXISTS assignments_completed;
CREATE INDEX assignments_completed_cover ON assignments (completed_on, lead_department_id, assigned_on, due_date, rehandle_count);
-- Evaluations of a period by level.
DROP INDEX IF EXISTS evaluations_date;
CREATE INDEX evaluations_date_cover ON evaluations (submit_date, level, assignment_id);
-- Appeals per day and domain (step 007's appeals_month serves the channels), so that the chart
-- series group in index order and only the day rows are sorted into months.
CREATE INDEX appeals_day_domain ON appeals (submit_date, domain);
