-- SQLite only: 2-character searches through the trigram index instead of reading every
-- appeal's text (AppealListQuery). An occurrence of a 2-character term T is either followed by
-- a character — then a trigram "T?" is indexed, found through this vocabulary table — or ends
-- its column, found through these indexes on each column's last two characters.
CREATE VIRTUAL TABLE appeal_search_vocab USING fts5vocab(appeal_search, 'row');
CREATE INDEX appeals_number_tail ON appeals (lower(substr(number, -2)));
CREATE INDEX appeals_unit_tail ON appeals (lower(substr(submitting_unit, -2)));
CREATE INDEX appeals_problem_tail ON appeals (lower(substr(problem, -2)));
CREATE INDEX appeals_suggestions_tail ON appeals (lower(substr(suggestions, -2)));
