-- What the screening conversation established that matching may use: needs per domain, when the
-- newcomer is available, interests, and wishes about the buddy. Preferences, never diagnoses:
-- psychosocial or health needs are not recorded here (domain.md, data protection).
CREATE TABLE screening (
    case_id                      VARCHAR(20)  PRIMARY KEY REFERENCES buddy_case (id),
    need_domains                 VARCHAR(30)[] NOT NULL,
    availability                 VARCHAR(20)[] NOT NULL,
    interests                    VARCHAR(40)[] NOT NULL,
    newcomer_gender              VARCHAR(20)  NOT NULL,
    gender_preference            VARCHAR(20)  NOT NULL,
    buddy_wanted                 BOOLEAN      NOT NULL,
    needs_professional_support   BOOLEAN      NOT NULL,
    outcome                      VARCHAR(30),
    priority                     VARCHAR(10),
    screened_by                  VARCHAR(64),
    screened_at                  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
