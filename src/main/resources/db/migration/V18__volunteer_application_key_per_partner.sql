-- A volunteer application key belongs to the partner account that sends it, as a referral key does
-- (V17; issue 11, finding 3): unique per (source, external_reference) alone, another partner account
-- could send the same pair and be answered with the first partner's volunteer id and status (200),
-- learn that it exists (409), or take the reference first. Applications received before this
-- migration did not record their account; they keep the empty account and stay unique among
-- themselves, as do volunteers loaded by other means than an application (benchmarks, imports).
ALTER TABLE volunteer ADD COLUMN submitted_by varchar(64) NOT NULL DEFAULT '';
ALTER TABLE volunteer DROP CONSTRAINT uq_volunteer_application;
ALTER TABLE volunteer ADD CONSTRAINT uq_volunteer_application UNIQUE (submitted_by, source, external_reference);
