package be.buddyflow.casefile;

import java.util.List;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.trajectory.Trajectories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A newcomer withdraws a consent (GDPR art. 7.3): the ledger keeps the consent with the moment and
 * the person who withdrew it, and the trajectory reacts in the same transaction: without consent to
 * buddy contact, matching stops and an active duo ends, through the closure phase.
 */
@Service
public class WithdrawConsent {

    private final ConsentLedger consents;
    private final Trajectories trajectories;
    private final AuditLog auditLog;

    WithdrawConsent(ConsentLedger consents, Trajectories trajectories, AuditLog auditLog) {
        this.consents = consents;
        this.trajectories = trajectories;
        this.auditLog = auditLog;
    }

    /**
     * @param organisation for {@link ConsentPurpose#SHARING}: the organisation no longer to share with
     * @return the consents still in force
     * @throws ConsentWithdrawalRefused when the purpose cannot be withdrawn here or nothing was in force
     */
    @Transactional
    public List<String> withdraw(String caseId, ConsentPurpose purpose, String organisation, String withdrawnBy) {
        if (purpose == ConsentPurpose.SERVICES) {
            // The case file exists for this purpose: without it the case must be closed or erased,
            // which has its own procedure (four-eyes erasure), not a silent flag change.
            throw new ConsentWithdrawalRefused("Consent to services is the basis of the case file: close the case"
                    + " or request its erasure instead");
        }
        if (purpose == ConsentPurpose.SHARING && (organisation == null || organisation.isBlank())) {
            throw new ConsentWithdrawalRefused("Name the organisation the newcomer no longer shares the case with");
        }
        String named = purpose == ConsentPurpose.SHARING ? organisation.strip() : null;
        if (consents.withdraw(caseId, purpose, named, withdrawnBy) == 0) {
            throw new ConsentWithdrawalRefused("No consent " + purpose + (named == null ? "" : " for " + named)
                    + " is in force for case " + caseId);
        }
        auditLog.write(caseId, Resource.CONSENT, Purpose.CONSENT_MANAGEMENT);
        if (purpose == ConsentPurpose.BUDDY_CONTACT) {
            trajectories.buddyContactWithdrawn(caseId);
        }
        return consents.inForce(caseId);
    }
}
