-- SQLite only: a trigram full-text index over the appeal texts (Chinese has no word breaks,
-- so trigrams are what makes 3+ character searches fast; shorter ones fall back to LIKE).
CREATE VIRTUAL TABLE appeal_search USING fts5(
    number, submitting_unit, problem, suggestions, prior_handling,
    content='appeals', content_rowid='id', tokenize='trigram'
);

CREATE TRIGGER appeals_search_insert AFTER INSERT ON appeals BEGIN
    INSERT INTO appeal_search (rowid, number, submitting_unit, problem, suggestions, prior_handling)
    VALUES (new.id, new.number, new.submitting_unit, new.problem, new.suggestions, new.prior_handling);
END;

CREATE TRIGGER appeals_search_delete AFTER DELETE ON appeals BEGIN
    INSERT INTO appeal_search (appeal_search, rowid, number, submitting_unit, problem, suggestions,
                               prior_handling)
    VALUES ('delete', old.id, old.number, old.submitting_unit, old.problem, old.suggestions,
            old.prior_handling);
END;

CREATE TRIGGER appeals_search_update AFTER UPDATE OF number, submitting_unit, problem, suggestions,
    prior_handling ON appeals BEGIN
    INSERT INTO appeal_search (appeal_search, rowid, number, submitting_unit, problem, suggestions,
                               prior_handling)
    VALUES ('delete', old.id, old.number, old.submitting_unit, old.problem, old.suggestions,
            old.prior_handling);
    INSERT INTO appeal_search (rowid, number, submitting_unit, problem, suggestions, prior_handling)
    VALUES (new.id, new.number, new.submitting_unit, new.problem, new.suggestions, new.prior_handling);
END;

-- Appeals written before this step must be searchable too.
INSERT INTO appeal_search (appeal_search) VALUES ('rebuild');
