package be.buddyflow.casefile;

/**
 * What the housing transition needs to know of a case: whose it is and where the newcomer lives.
 *
 * @param organisationId the organisation working the case, also the identity group of its social workers
 * @param receptionType  COLLECTIVE, INDIVIDUAL or PRIVATE (intake.Referral)
 */
public record ReceptionFacts(String caseId, String organisationId, CaseStatus status, String receptionType) {

    public boolean inCollectiveReception() {
        return "COLLECTIVE".equals(receptionType);
    }
}
