-- The volunteer pool: who can be a buddy, where, in which languages, with what capacity. Matching
-- filters on these columns in SQL and scores in Java (docs/matching.md).

-- Localities with coordinates, loaded at start-up from a CSV file the deployment provides
-- (docs/operations.md, "Postal codes"); distance between postal codes drives matching.
CREATE TABLE locality (
    postal_code  VARCHAR(4)       NOT NULL,
    name         VARCHAR(100)     NOT NULL,
    latitude     DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    PRIMARY KEY (postal_code, name)
);

CREATE SEQUENCE volunteer_number_seq;

CREATE TABLE volunteer (
    id                     VARCHAR(20)  PRIMARY KEY,
    source                 VARCHAR(100) NOT NULL,
    external_reference     VARCHAR(100) NOT NULL,
    request_fingerprint    CHAR(64)     NOT NULL,
    user_id                VARCHAR(64)  UNIQUE,
    status                 VARCHAR(20)  NOT NULL
        CHECK (status IN ('APPLICANT', 'IN_SCREENING', 'ACTIVE', 'PAUSED', 'ARCHIVED')),
    status_reason          VARCHAR(40),
    given_name             VARCHAR(200) NOT NULL,
    family_name            VARCHAR(200) NOT NULL,
    email                  VARCHAR(254) NOT NULL,
    phone                  VARCHAR(40),
    postal_code            VARCHAR(4)   NOT NULL,
    municipality           VARCHAR(100),
    gender                 VARCHAR(20)  NOT NULL,
    age_band               VARCHAR(20)  NOT NULL,
    has_children           BOOLEAN      NOT NULL DEFAULT FALSE,
    availability           VARCHAR(20)[] NOT NULL,
    interests              VARCHAR(40)[] NOT NULL,
    domains                VARCHAR(30)[] NOT NULL,
    women_only             BOOLEAN      NOT NULL DEFAULT FALSE,
    capacity               INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 5),
    current_load           INTEGER      NOT NULL DEFAULT 0 CHECK (current_load >= 0),
    contact_with_minors    BOOLEAN,
    -- Model 596.2 extract: only that it was checked, by whom, and until when it counts (domain.md).
    screening_checked_on   DATE,
    screening_checked_by   VARCHAR(64),
    screening_valid_until  DATE,
    training_completed_on  DATE,
    agreement_signed_on    DATE,
    last_supervision_on    DATE,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    activated_at           TIMESTAMPTZ,
    archived_at            TIMESTAMPTZ,
    CONSTRAINT uq_volunteer_application UNIQUE (source, external_reference)
);

CREATE INDEX ix_volunteer_active ON volunteer (postal_code) WHERE status = 'ACTIVE';

CREATE TABLE volunteer_language (
    volunteer_id  VARCHAR(20) NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    language      VARCHAR(2)  NOT NULL,
    level         VARCHAR(10) NOT NULL CHECK (level IN ('BASIC', 'GOOD', 'FLUENT', 'NATIVE')),
    PRIMARY KEY (volunteer_id, language)
);

CREATE INDEX ix_volunteer_language ON volunteer_language (language, volunteer_id);
