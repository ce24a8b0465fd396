-- The first meeting closes the matching phase; a newcomer may still decline the proposed buddy.
ALTER TABLE duo ADD COLUMN first_meeting_on DATE;
ALTER TABLE match_proposal DROP CONSTRAINT match_proposal_answer_check;
ALTER TABLE match_proposal ADD CONSTRAINT match_proposal_answer_check
    CHECK (answer IN ('ACCEPTED', 'DECLINED', 'NO_ANSWER', 'NEWCOMER_DECLINED'));
