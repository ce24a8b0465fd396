-- Erasure (GDPR art. 17): the case row stays as an anonymous record for statistics and as the key of
-- the audit trail; these columns say that, when and on whose approval it was anonymised.
ALTER TABLE buddy_case ADD COLUMN erased_at TIMESTAMPTZ;
ALTER TABLE buddy_case ADD COLUMN erased_by VARCHAR(64);
