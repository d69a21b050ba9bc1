-- PostgreSQL only: trigram indexes (pg_trgm, part of the server package and trusted, so the
-- database's owner may install it) over the texts the appeal search reads. Chinese has no word
-- breaks; the searches' ILIKE '%…%' conditions use these indexes for 3+ characters.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX appeals_search_trgm ON appeals USING gin (number gin_trgm_ops,
    submitting_unit gin_trgm_ops, problem gin_trgm_ops, suggestions gin_trgm_ops,
    prior_handling gin_trgm_ops);
