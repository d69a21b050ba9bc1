-- PostgreSQL: search terms of one or two characters. pg_trgm (step 002) finds a term through
-- the trigrams inside it, and a Chinese term of one or two characters has none, so such a
-- search read every appeal (80 ms at 100,000 appeals, 0.8 s at a million). Here each character
-- of the searched texts is written three times: a term occurs in the texts exactly when its
-- tripled form occurs in the tripled texts (the blocks of three line up), and the tripled form
-- of a one- or two-character term has one or four trigrams for pg_trgm to look up. The list
-- asks for it only where the term is rare (AppealSearch::addIndexCondition); a common term is
-- found by walking the list's order, which stops after one page. lower(): ILIKE's folding.
CREATE FUNCTION qinqing_search_tripled(number text, unit text, problem text, suggestions text,
                                       prior_handling text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(lower(number || E'\n' || unit || E'\n' || problem || E'\n' ||
                                suggestions || E'\n' || prior_handling), '(.)', '\1\1\1', 'g')
$$;
CREATE INDEX appeals_search_short ON appeals USING gin (
    qinqing_search_tripled(number, submitting_unit, problem, suggestions, prior_handling)
    gin_trgm_ops);
