-- The case file: what we know of a newcomer, kept outside the engine. Process variables carry only
-- the case id and what gateways, timers and task routing need (docs/adr/0003).

CREATE SEQUENCE case_number_seq;

CREATE TABLE buddy_case (
    id                     VARCHAR(20)  PRIMARY KEY,
    -- Idempotency key of a referral: a partner system's own reference, unique per source.
    source                 VARCHAR(100) NOT NULL,
    external_reference     VARCHAR(100) NOT NULL,
    request_fingerprint    CHAR(64)     NOT NULL,
    organisation_id        VARCHAR(64)  NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    phase                  VARCHAR(30)  NOT NULL,
    given_name             VARCHAR(200) NOT NULL,
    family_name            VARCHAR(200) NOT NULL,
    date_of_birth          DATE,
    languages              VARCHAR(2)[] NOT NULL,
    postal_code            VARCHAR(4)   NOT NULL,
    municipality           VARCHAR(100),
    phone                  VARCHAR(40),
    email                  VARCHAR(254),
    residence_status       VARCHAR(30)  NOT NULL,
    recognition_date       DATE,
    reception_type         VARCHAR(20)  NOT NULL,
    reception_name         VARCHAR(200),
    adults                 INTEGER      CHECK (adults >= 0),
    children               INTEGER      CHECK (children >= 0),
    consent_services       BOOLEAN      NOT NULL,
    consent_buddy_contact  BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_reporting      BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_basis            VARCHAR(30)  NOT NULL,
    notes                  TEXT,
    referred_by            VARCHAR(64)  NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    closed_at              TIMESTAMPTZ,
    closure_reason         VARCHAR(30),
    CONSTRAINT uq_buddy_case_referral UNIQUE (source, external_reference)
);

CREATE INDEX ix_buddy_case_organisation ON buddy_case (organisation_id, status);

-- Decisions taken on a case, in order: who decided what, and when.
CREATE TABLE case_decision (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    decision    VARCHAR(40)  NOT NULL,
    reason      VARCHAR(40),
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX ix_case_decision_case ON case_decision (case_id);
