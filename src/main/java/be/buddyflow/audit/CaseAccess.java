package be.buddyflow.audit;

import java.time.OffsetDateTime;

/** One row of the access audit: who did what to which case's data, when, why and through which door. */
public record CaseAccess(long id, OffsetDateTime at, String userId, String caseId, Action action, Resource resource,
        Purpose purpose, Channel channel) {

    public enum Action {
        READ,
        WRITE,
        /** The data left Buddyflow (a download, a printable document). */
        EXPORT
    }

    /** Which part of the case file was touched. */
    public enum Resource {
        /** Identity, contact, residence and household: the case row as referred. */
        CASE_FILE,
        /** The referral as the intake review shows it. */
        INTAKE_SUMMARY,
        SCREENING,
        CONSENT,
        /** Status, phase, decisions and closure of the case. */
        CASE_STATUS,
        /** The matching profile (languages, place, household, screening's matching data) and its ranked volunteers. */
        CANDIDATES,
        /**
         * A match proposal, its answer, the duo it forms and its first meeting; the minimal buddy
         * profile a proposed volunteer sees.
         */
        MATCH_PROPOSAL,
        MEETING_LOG,
        MIDPOINT_EVALUATION,
        DUO_REQUEST,
        FINAL_EVALUATION,
        PARTICIPATION_PROOF
    }

    /** Why: the step of the programme the access served (docs/data-protection.md lists them). */
    public enum Purpose {
        /** A partner system or a social worker opens a case. */
        REFERRAL,
        INTAKE_REVIEW,
        SCREENING,
        MATCHING,
        /** Showing the newcomer's consents, and recording a withdrawal. */
        CONSENT_MANAGEMENT,
        /** The active duo: meetings, evaluations, concerns and end requests. */
        DUO_FOLLOW_UP,
        CLOSURE,
        /** The referring system asks where its case stands or reports an event about it. */
        PARTNER_UPDATE,
        /** The proof of participation for the newcomer's AgII counsellor (4th pillar). */
        PROOF_OF_PARTICIPATION,
        /** Anonymising the case and removing its process history (GDPR art. 17), after a four-eyes approval. */
        ERASURE
    }

    /** The door the access came through. */
    public enum Channel {
        /** Our own {@code /api}, as the authenticated caller. */
        API,
        /** A user working in Tasklist or through the engine REST API (the engine's current authentication). */
        ENGINE,
        /** The job executor or another background step, without a person: recorded as user {@code system}. */
        JOB
    }
}
