-- Version 10: step 007 first created extensions (status, decided_on); SQLite then used it inside
-- the dashboard's per-assignment sub-queries instead of extensions (assignment_id), which made
-- a refresh take seconds at 100,000 appeals. Step 007 no longer creates it; drop it where it
-- was created.
DROP INDEX IF EXISTS extensions_decided;
