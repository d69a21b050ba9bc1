-- SQLite only: every length of search term looks in the same five texts (AppealSearch), so a
-- longer term never finds more rows than a term it contains. Searches of 1-2 characters found
-- through the trigram index need each column's tail: the last two characters (step 005 has
-- them for four columns; prior handling joins them) and, for one character, the last one.
CREATE INDEX appeals_prior_tail ON appeals (lower(substr(prior_handling, -2)));
CREATE INDEX appeals_number_last ON appeals (lower(substr(number, -1)));
CREATE INDEX appeals_unit_last ON appeals (lower(substr(submitting_unit, -1)));
CREATE INDEX appeals_problem_last ON appeals (lower(substr(problem, -1)));
CREATE INDEX appeals_suggestions_last ON appeals (lower(substr(suggestions, -1)));
CREATE INDEX appeals_prior_last ON appeals (lower(substr(prior_handling, -1)));
