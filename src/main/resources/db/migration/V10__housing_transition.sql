-- The move from collective reception to own housing (bpmn/housing-transition.bpmn). Dates and
-- routing live in the process; these tables keep what must outlive it or hold across cases.

-- One row per housing transition of a case; at most one runs per case at a time (the partial
-- unique index refuses a second start, from Tasklist or from a repeated recognition event).
CREATE TABLE housing_transition (
    process_instance_id  VARCHAR(64)  PRIMARY KEY,
    case_id              VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    recognition_date     DATE         NOT NULL,
    started_by           VARCHAR(64),
    started_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    outcome              VARCHAR(20)  CHECK (outcome IN ('MOVED', 'LEFT_EARLY', 'STAY_ENDED')),
    stay_months          INTEGER      CHECK (stay_months BETWEEN 2 AND 4),
    ended_at             TIMESTAMPTZ
);

CREATE UNIQUE INDEX uq_housing_transition_running ON housing_transition (case_id) WHERE ended_at IS NULL;

-- The OCMW installation premium is granted once in a lifetime. The person key is a SHA-256 of the
-- normalised family name, given name and date of birth (the case id when the date is unknown), so
-- a second case of the same person finds the first grant without this table holding a name. The
-- grant outlives the erasure of its case (the rule is for life): only the link to the case goes.
CREATE TABLE installation_premium (
    person_key   CHAR(64)     PRIMARY KEY,
    case_id      VARCHAR(20)  REFERENCES buddy_case (id) ON DELETE SET NULL,
    granted_on   DATE         NOT NULL,
    recorded_by  VARCHAR(64),
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX ix_installation_premium_case ON installation_premium (case_id);
