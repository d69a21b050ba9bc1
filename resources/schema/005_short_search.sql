-- Version 5: the domain filter of the appeal list (领域 is one of a dozen values, so the index
-- narrows a list of 100,000 to a few thousand before sorting).
CREATE INDEX appeals_domain ON appeals (domain);
