-- Version 4: what the appeal list needs at 100,000 appeals.
-- Sorting by deadline walks the assignments in due_date order and stops after one page
-- (AppealListQuery::fetchByDeadline); without this index every page sorted all assignments.
CREATE INDEX assignments_due_date ON assignments (due_date);
