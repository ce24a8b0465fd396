package be.buddyflow.intake;

import java.util.Optional;

import be.buddyflow.api.RequestFingerprint;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.ConsentLedger;
import be.buddyflow.casefile.ConsentPurpose;
import be.buddyflow.casefile.ExistingReferral;
import be.buddyflow.casefile.NewCase;
import be.buddyflow.casefile.ReferralKey;
import be.buddyflow.organisation.Organisation;
import be.buddyflow.organisation.OrganisationDirectory;
import be.buddyflow.trajectory.Trajectories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a referral and starts its trajectory, exactly once per referral key. The case
 * row and the process instance are written in one transaction: a failure leaves neither. The key
 * includes the partner account that refers: what another partner sent under the same source and
 * reference is neither found, nor answered, nor in the way (issue 11, finding 3).
 */
@Service
public class ReceiveReferral {

    private final CaseFileRepository caseFiles;
    private final OrganisationDirectory organisations;
    private final Trajectories trajectories;
    private final ConsentLedger consents;
    private final AuditLog auditLog;

    ReceiveReferral(CaseFileRepository caseFiles, OrganisationDirectory organisations, Trajectories trajectories,
            ConsentLedger consents, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.auditLog = auditLog;
        this.consents = consents;
        this.organisations = organisations;
        this.trajectories = trajectories;
    }

    @Transactional
    public ReferralOutcome receive(Referral referral, String referredBy) {
        String fingerprint = RequestFingerprint.of(referral);
        ReferralKey key = new ReferralKey(referredBy, referral.source(), referral.externalReference());
        Optional<ExistingReferral> existing = caseFiles.findByReferralKey(key);
        if (existing.isPresent()) {
            return compare(existing.get(), fingerprint);
        }
        Organisation organisation = organisations.servingPostalCode(referral.newcomer().postalCode())
                .orElseThrow(() -> new NoOrganisationServesPostalCode(referral.newcomer().postalCode()));
        Optional<String> opened = caseFiles.openIfAbsent(toNewCase(referral, fingerprint, organisation, referredBy));
        if (opened.isEmpty()) {
            // A concurrent duplicate won the race between our read and our insert.
            return compare(caseFiles.findByReferralKey(key).orElseThrow(), fingerprint);
        }
        auditLog.write(opened.get(), Resource.CASE_FILE, Purpose.REFERRAL);
        recordConsents(opened.get(), referral.consent(), referredBy);
        auditLog.write(opened.get(), Resource.CONSENT, Purpose.REFERRAL);
        trajectories.start(opened.get(), organisation.id());
        return new ReferralOutcome.Opened(opened.get());
    }

    private void recordConsents(String caseId, Referral.Consent consent, String recordedBy) {
        String legalBasis = legalBasis(consent).name();
        consents.record(caseId, ConsentPurpose.SERVICES, null, legalBasis, recordedBy);
        if (Boolean.TRUE.equals(consent.buddyContact())) {
            consents.record(caseId, ConsentPurpose.BUDDY_CONTACT, null, legalBasis, recordedBy);
        }
        if (Boolean.TRUE.equals(consent.reporting())) {
            consents.record(caseId, ConsentPurpose.REPORTING, null, legalBasis, recordedBy);
        }
        if (consent.shareWith() != null) {
            consent.shareWith().stream().map(String::strip).distinct()
                    .forEach(organisation -> consents.record(caseId, ConsentPurpose.SHARING, organisation, legalBasis,
                            recordedBy));
        }
    }

    private static Referral.LegalBasis legalBasis(Referral.Consent consent) {
        return consent.legalBasis() == null ? Referral.LegalBasis.CONSENT : consent.legalBasis();
    }

    private static ReferralOutcome compare(ExistingReferral existing, String fingerprint) {
        return existing.requestFingerprint().equals(fingerprint)
                ? new ReferralOutcome.AlreadyReceived(existing.caseId(), existing.status())
                : new ReferralOutcome.ConflictingContent(existing.caseId());
    }

    private static NewCase toNewCase(Referral r, String fingerprint, Organisation organisation, String referredBy) {
        Referral.Newcomer n = r.newcomer();
        Referral.Household household = r.household();
        Referral.Consent consent = r.consent();
        Referral.LegalBasis legalBasis = legalBasis(consent);
        return new NewCase(r.source(), r.externalReference(), fingerprint, organisation.id(), n.givenName().strip(),
                n.familyName().strip(), n.dateOfBirth(), n.languages(), n.postalCode(), n.municipality(), n.phone(),
                n.email(), r.residenceStatus().name(), r.recognitionDate(), r.receptionPlace().type().name(),
                r.receptionPlace().name(), household == null ? null : household.adults(),
                household == null ? null : household.children(), Boolean.TRUE.equals(consent.services()),
                Boolean.TRUE.equals(consent.buddyContact()), Boolean.TRUE.equals(consent.reporting()),
                legalBasis.name(), r.notes(), referredBy);
    }
}
