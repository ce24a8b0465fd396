-- Messages to people outside Tasklist (reminders, thanks), written in the same transaction as the
-- step that causes them; a mail relay delivers them and stamps sent_at (docs/operations.md).
-- Only ids and a template key: the text is rendered at delivery, so no case data sits here.
CREATE TABLE notification (
    id              BIGSERIAL    PRIMARY KEY,
    recipient_user  VARCHAR(64)  NOT NULL,
    template        VARCHAR(60)  NOT NULL,
    case_id         VARCHAR(20)  REFERENCES buddy_case (id),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ
);

CREATE INDEX ix_notification_unsent ON notification (created_at) WHERE sent_at IS NULL;
CREATE INDEX ix_notification_case ON notification (case_id);
