-- PostgreSQL: nothing to add for the search's columns in this step; the server's own search
-- index is made in its own step. The file keeps the version numbers the same on both.
SELECT 1;
