-- The intake's possible-duplicates check compares lower(family_name) on every referral; without this
-- index it read the whole case table (55-145 ms at 100,000 cases, 0.2 ms with it: docs/benchmarks.md).
CREATE INDEX ix_buddy_case_family_name ON buddy_case (lower(family_name));
