-- SQLite: nothing to add; the FTS5 trigram vocabulary and the column tails of steps 005 and
-- 014 answer terms of one or two characters. The file keeps the version numbers the same on
-- both engines.
SELECT 1;
