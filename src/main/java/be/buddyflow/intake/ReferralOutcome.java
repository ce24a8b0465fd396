package be.buddyflow.intake;

import be.buddyflow.casefile.CaseStatus;

/** What became of a referral: a new case, the case it had already opened, or a clash. */
public sealed interface ReferralOutcome {

    String caseId();

    /** First time this referral key was seen: a case was opened and its trajectory started. */
    record Opened(String caseId) implements ReferralOutcome {
    }

    /** The same referral again, with the same content: nothing new happened. */
    record AlreadyReceived(String caseId, CaseStatus status) implements ReferralOutcome {
    }

    /** The referral key is taken by a referral with different content. */
    record ConflictingContent(String caseId) implements ReferralOutcome {
    }
}
