-- The active trajectory: what a volunteer or a social worker raises about a duo (a concern, a
-- request to end it early) and the mid-point evaluations. Free text lives here, never in a process
-- variable: a concern may well be about the newcomer's health or safety.
CREATE TABLE duo_request (
    id            BIGSERIAL     PRIMARY KEY,
    case_id       VARCHAR(20)   NOT NULL REFERENCES buddy_case (id),
    volunteer_id  VARCHAR(20)   NOT NULL REFERENCES volunteer (id),
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('CONCERN', 'END')),
    -- VOLUNTEER: the buddy raised it; NEWCOMER: a social worker raised it on the newcomer's behalf.
    raised_for    VARCHAR(20)   NOT NULL CHECK (raised_for IN ('VOLUNTEER', 'NEWCOMER')),
    raised_by     VARCHAR(64)   NOT NULL,
    reason        VARCHAR(30),
    text          VARCHAR(1000),
    raised_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX ix_duo_request_case ON duo_request (case_id, raised_at);

CREATE TABLE duo_evaluation (
    id            BIGSERIAL     PRIMARY KEY,
    case_id       VARCHAR(20)   NOT NULL REFERENCES buddy_case (id),
    volunteer_id  VARCHAR(20)   NOT NULL REFERENCES volunteer (id),
    stage         VARCHAR(20)   NOT NULL CHECK (stage IN ('MIDPOINT')),
    perspective   VARCHAR(20)   NOT NULL CHECK (perspective IN ('VOLUNTEER', 'NEWCOMER')),
    rating        VARCHAR(30)   NOT NULL,
    recorded_by   VARCHAR(64),
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX ix_duo_evaluation_case ON duo_evaluation (case_id);
