-- Scanned paper forms (PDF/JPG/PNG) attached to appeals. The files are stored in the database
-- as BLOBs, not copied into a folder beside it: a backup, a copy to a colleague's machine or
-- the shared PostgreSQL mode then carries the scans with their appeals, and nothing can be
-- lost or renamed behind the database's back. Scans of a one-page form are 0.2–2 MB.
CREATE TABLE attachments (
    id         {{ID}},
    appeal_id  INTEGER NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachments_appeal ON attachments (appeal_id);
