-- PostgreSQL: the approved extensions of one assignment (the overdue set's and the dashboard's
-- per-assignment sub-queries) from an index that holds everything they ask. With only
-- extensions (assignment_id) beside step 022's (decided_on, status, assignment_id), the
-- server's planner chose the latter, index-only, and read a range of decision dates for each
-- of the 4,499 overdue items: the overdue set took 2.3-2.9 s at 100,000 appeals instead of
-- 38 ms. SQLite keeps choosing extensions (assignment_id) and needs nothing here.
CREATE INDEX extensions_assignment_decided ON extensions (assignment_id, status, decided_on);
