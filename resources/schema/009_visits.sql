-- 走访记录 (seed 003, 清新): leaders' and cadres' visits to enterprises, with the people who
-- went, what they found, what follows, and the appeals that came out of the visit.
CREATE TABLE enterprise_visits (
    id            {{ID}},
    enterprise_id INTEGER NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
    leader_id     INTEGER REFERENCES leaders (id) ON DELETE SET NULL,
    visit_date    TEXT NOT NULL,
    people        TEXT NOT NULL DEFAULT '',
    findings      TEXT NOT NULL DEFAULT '',
    follow_up     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX enterprise_visits_enterprise ON enterprise_visits (enterprise_id, visit_date);

CREATE TABLE visit_appeals (
    visit_id  INTEGER NOT NULL REFERENCES enterprise_visits (id) ON DELETE CASCADE,
    appeal_id INTEGER NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, appeal_id)
);
