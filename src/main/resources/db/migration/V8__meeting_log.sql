-- The active trajectory: every meeting of a duo as the volunteer logged it. Hours count towards the
-- 40 hours of the Flemish 4th pillar; the note is short and never holds health or other special
-- category data (the form says so).
CREATE TABLE meeting_log (
    id            BIGSERIAL     PRIMARY KEY,
    case_id       VARCHAR(20)   NOT NULL REFERENCES buddy_case (id),
    volunteer_id  VARCHAR(20)   NOT NULL REFERENCES volunteer (id),
    met_on        DATE          NOT NULL,
    hours         NUMERIC(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    domains       VARCHAR(30)[] NOT NULL DEFAULT '{}',
    note          VARCHAR(500),
    logged_by     VARCHAR(64)   NOT NULL,
    logged_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX ix_meeting_log_case ON meeting_log (case_id, met_on);

-- Why a duo ended (ENDED_EARLY, COMPLETED, ...): a released volunteer counts as free capacity again.
ALTER TABLE duo ADD COLUMN end_reason VARCHAR(30);
