-- Version 12: every column of the appeals list sorts through an index, so a click on a header
-- reads one page instead of sorting 100,000 rows (qinqing-benchmark: about 200 ms before,
-- 1-2 ms after). SQLite keeps the rowid (the appeal id, the list's tie-breaker) last in every
-- index of appeals; the assignment indexes end in appeal_id for the same order.
CREATE INDEX appeals_unit ON appeals (submitting_unit);
CREATE INDEX appeals_channel ON appeals (channel);
CREATE INDEX appeals_collecting ON appeals (collecting_department_id);
CREATE INDEX assignments_lead_appeal ON assignments (lead_department_id, appeal_id);
CREATE INDEX assignments_status_appeal ON assignments (status, appeal_id);
