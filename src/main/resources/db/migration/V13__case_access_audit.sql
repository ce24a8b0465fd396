-- Who read, wrote or exported which case's data, when, for what and through which door
-- (docs/data-protection.md, "Access audit"). One row per access; never changed afterwards.
CREATE TABLE case_access (
    id        BIGSERIAL    PRIMARY KEY,
    -- The moment of the access itself, not the start of its transaction.
    at        TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    user_id   VARCHAR(64)  NOT NULL,
    -- No foreign key on purpose: the audit must outlive the erasure of the case it is about.
    case_id   VARCHAR(20)  NOT NULL,
    action    VARCHAR(10)  NOT NULL CHECK (action IN ('READ', 'WRITE', 'EXPORT')),
    resource  VARCHAR(30)  NOT NULL,
    purpose   VARCHAR(30)  NOT NULL,
    channel   VARCHAR(10)  NOT NULL CHECK (channel IN ('API', 'ENGINE', 'JOB'))
);

CREATE INDEX ix_case_access_case ON case_access (case_id, id DESC);
CREATE INDEX ix_case_access_user ON case_access (user_id, id DESC);

-- Append-only, enforced here and not only by the application: a bug, a hand-written statement or
-- a future erasure routine cannot rewrite who saw a case.
CREATE FUNCTION case_access_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_access is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Rows older than the audit''s own retention are removed with buddyflow.purge_case_access(cutoff)';
END
$$;

CREATE TRIGGER case_access_append_only BEFORE UPDATE OR DELETE ON case_access
    FOR EACH ROW EXECUTE FUNCTION case_access_refuse_change();
CREATE TRIGGER case_access_no_truncate BEFORE TRUNCATE ON case_access
    FOR EACH STATEMENT EXECUTE FUNCTION case_access_refuse_change();

-- The one way to remove audit rows: an operator, connected as the owner of the schema, after the
-- audit's legal retention (docs/operations.md). The application never calls it. Disabling a
-- trigger needs ownership of the table, and it happens inside the caller's transaction, so a
-- failed purge leaves the protection in place.
CREATE FUNCTION purge_case_access(cutoff TIMESTAMPTZ) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    purged BIGINT;
BEGIN
    IF cutoff IS NULL OR cutoff > now() THEN
        RAISE EXCEPTION 'purge_case_access needs a cutoff in the past, not %', cutoff;
    END IF;
    ALTER TABLE buddyflow.case_access DISABLE TRIGGER case_access_append_only;
    DELETE FROM buddyflow.case_access WHERE at < cutoff;
    GET DIAGNOSTICS purged = ROW_COUNT;
    ALTER TABLE buddyflow.case_access ENABLE TRIGGER case_access_append_only;
    RETURN purged;
END
$$;

REVOKE EXECUTE ON FUNCTION purge_case_access(TIMESTAMPTZ) FROM PUBLIC;
