-- Closure of a trajectory: how long the case file is kept, and the final evaluations.

-- The date after which the case file may be erased (closed date + buddyflow.retention.case-file);
-- empty while the case is open. Erasure covers our tables and the engine's history alike.
ALTER TABLE buddy_case ADD COLUMN retain_until DATE;

CREATE INDEX ix_buddy_case_retain_until ON buddy_case (retain_until) WHERE retain_until IS NOT NULL;

-- One final evaluation per case and role: by the volunteer (buddy) and by the social worker. The
-- comment is short free text, kept here and never in a process variable (docs/adr/0003).
CREATE TABLE final_evaluation (
    case_id            VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    evaluator_role     VARCHAR(20)  NOT NULL CHECK (evaluator_role IN ('VOLUNTEER', 'SOCIAL_WORKER')),
    volunteer_id       VARCHAR(20)  REFERENCES volunteer (id),
    rating             SMALLINT     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    -- Volunteer only: would they be a buddy again.
    would_buddy_again  BOOLEAN,
    -- Social worker only: were the trajectory's goals reached (YES, PARTLY, NO).
    goals_reached      VARCHAR(10)  CHECK (goals_reached IN ('YES', 'PARTLY', 'NO')),
    comment            VARCHAR(500),
    evaluated_by       VARCHAR(64),
    evaluated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, evaluator_role)
);
