-- Consent per purpose (domain.md, data protection): who recorded which consent, on what legal
-- basis, when; withdrawn consent keeps its row with the moment and the person who withdrew it.
-- buddy_case.consent_* stay as the current state for quick reads; this ledger is the history.
CREATE TABLE consent (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    purpose       VARCHAR(30)  NOT NULL CHECK (purpose IN ('SERVICES', 'BUDDY_CONTACT', 'REPORTING', 'SHARING')),
    -- For SHARING: the named organisation the newcomer agreed to share the case with.
    organisation  VARCHAR(100),
    legal_basis   VARCHAR(30)  NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    withdrawn_at  TIMESTAMPTZ,
    withdrawn_by  VARCHAR(64),
    CHECK ((purpose = 'SHARING') = (organisation IS NOT NULL))
);

CREATE INDEX ix_consent_case ON consent (case_id);

INSERT INTO consent (case_id, purpose, legal_basis, recorded_by, recorded_at)
SELECT id, 'SERVICES', legal_basis, referred_by, created_at FROM buddy_case WHERE consent_services
UNION ALL
SELECT id, 'BUDDY_CONTACT', legal_basis, referred_by, created_at FROM buddy_case WHERE consent_buddy_contact
UNION ALL
SELECT id, 'REPORTING', legal_basis, referred_by, created_at FROM buddy_case WHERE consent_reporting;
