-- Who was asked to be whose buddy, and what came of it; the duos that were formed.

CREATE TABLE match_proposal (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    volunteer_id  VARCHAR(20)  NOT NULL REFERENCES volunteer (id),
    score         NUMERIC(5, 2) NOT NULL,
    proposed_by   VARCHAR(64),
    proposed_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    answer        VARCHAR(20)  CHECK (answer IN ('ACCEPTED', 'DECLINED', 'NO_ANSWER')),
    answered_at   TIMESTAMPTZ
);

CREATE INDEX ix_match_proposal_case ON match_proposal (case_id);

CREATE TABLE duo (
    case_id       VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    volunteer_id  VARCHAR(20)  NOT NULL REFERENCES volunteer (id),
    started_on    DATE         NOT NULL,
    ended_on      DATE,
    PRIMARY KEY (case_id, volunteer_id)
);
