-- Version 3: what screening and extensions record beyond version 1.
-- A redirected appeal (属地/部门) names where it went: the department, or in words the local
-- government it was sent to.
ALTER TABLE appeals ADD COLUMN screening_target TEXT NOT NULL DEFAULT '';
ALTER TABLE appeals ADD COLUMN screening_department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL;
-- Why an extension request was refused (for example the profile's cap on extensions).
ALTER TABLE extensions ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';
CREATE INDEX meeting_topics_topic ON meeting_topics (topic_id);
