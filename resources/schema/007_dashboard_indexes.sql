-- Version 7: the indexes the deadline dashboard and the leaders' reports need at 100,000 appeals: the
-- department table reads completions, evaluations and extensions of a period, and the charts
-- count appeals per month by channel and by domain (a covering index, so no table reads).
CREATE INDEX assignments_completed ON assignments (completed_on);
CREATE INDEX evaluations_date ON evaluations (submit_date);
CREATE INDEX appeals_month ON appeals (submit_date, channel, domain);
