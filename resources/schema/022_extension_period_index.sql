-- Version 22: the approved extensions of a period (the dashboard's department table, the summary
-- report) from an index instead of reading every extension: at a million appeals 84,000 rows
-- read for 11,000 of the year, 61 ms against 8-23 ms (qinqing-dashboard-benchmark). decided_on
-- leads, not status: step 010 dropped an index (status, decided_on) because SQLite preferred it
-- to extensions (assignment_id) inside the per-assignment sub-queries (approved extensions of
-- one assignment), which an equality on assignment_id must keep winning.
CREATE INDEX extensions_period ON extensions (decided_on, status, assignment_id);
