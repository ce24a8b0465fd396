-- Events partner systems report about a case (recognition, housing, leaving the programme). The
-- partner's event id makes a replay harmless: the same event is applied once.
CREATE TABLE case_event (
    case_id       VARCHAR(20)  NOT NULL REFERENCES buddy_case (id),
    event_id      VARCHAR(100) NOT NULL,
    event_type    VARCHAR(40)  NOT NULL,
    result        VARCHAR(20)  NOT NULL,
    reported_by   VARCHAR(64)  NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, event_id)
);
