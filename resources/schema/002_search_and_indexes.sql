-- Version 2: the indexes the lists and the overdue query need at 100,000 appeals.
CREATE INDEX appeals_enterprise ON appeals (enterprise_id);
CREATE INDEX appeals_status_date ON appeals (status, submit_date);
CREATE INDEX appeals_topic ON appeals (topic_id);
CREATE INDEX assignments_appeal ON assignments (appeal_id);
CREATE INDEX assignments_meeting ON assignments (meeting_id);
CREATE INDEX assignments_due ON assignments (status, due_date);
CREATE INDEX assignments_lead ON assignments (lead_department_id);
CREATE INDEX progress_reports_assignment ON progress_reports (assignment_id, report_date);
CREATE INDEX extensions_assignment ON extensions (assignment_id);
CREATE INDEX evaluations_assignment ON evaluations (assignment_id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
