-- Version 14: what an assignment's deadlines were counted from, so that they can be counted
-- again when the working-day calendar changes (a year imported from the State Council's
-- notice, a day corrected). A deadline computed while its year was missing is only an estimate
-- (due_uncertain); DeadlineSettlement counts it again with the new calendar.
--   deadline_start: the day the profile's periods run from (the assignment day, or the day of
--                   the unsatisfied evaluation that reopened it); '' for assignments written
--                   before this step, whose basis is recognised by recomputing them.
--   due_rule:       the result period, "30 calendar" or "15 working"; '' when the clerk set the
--                   deadline by hand (with a reason), which no calendar change moves.
--   progress_rule:  the same for the first progress report (progress_due).
ALTER TABLE assignments ADD COLUMN deadline_start TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN due_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN progress_rule TEXT NOT NULL DEFAULT '';
