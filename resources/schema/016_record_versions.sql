-- Version 16: no lost update. Every record a clerk edits in a form carries a version, raised by
-- one with each change; a save names the version its form was read at and is refused when the
-- record moved on meanwhile (another desk, another window on the same file). Who made that
-- change and when is the record's latest audit-log entry.
ALTER TABLE appeals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enterprises ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assignments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE topics ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE departments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE leaders ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
