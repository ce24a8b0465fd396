package be.buddyflow.casefile;

/** A case already opened for a referral key, with the fingerprint of the request that opened it. */
public record ExistingReferral(String caseId, String requestFingerprint, CaseStatus status) {
}
