-- SQLite: nothing to add; its planner keeps extensions (assignment_id) for one assignment's
-- extensions (see the PostgreSQL variant). The file keeps the version numbers the same.
SELECT 1;
