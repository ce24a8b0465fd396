-- A referral key belongs to the partner that sends it (issue 11, finding 3). Unique per (source,
-- external_reference) alone, another partner account could send the same pair and be answered with
-- the first partner's case (200), learn that it exists (409), or take the reference before the real
-- partner sends it. referred_by is the authenticated account that opened the case (for an intake
-- entered in Tasklist, the social worker); it comes first so that the lookup of a partner's own key
-- uses this index.
ALTER TABLE buddy_case DROP CONSTRAINT uq_buddy_case_referral;
ALTER TABLE buddy_case ADD CONSTRAINT uq_buddy_case_referral UNIQUE (referred_by, source, external_reference);
