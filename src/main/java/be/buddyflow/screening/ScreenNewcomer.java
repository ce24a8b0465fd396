package be.buddyflow.screening;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.IntakeSummary;
import org.springframework.stereotype.Service;

/** Records a screening and what the eligibility decision made of it. */
@Service
public class ScreenNewcomer {

    private final Screenings screenings;
    private final CaseFileRepository caseFiles;
    private final AuditLog auditLog;

    ScreenNewcomer(Screenings screenings, CaseFileRepository caseFiles, AuditLog auditLog) {
        this.screenings = screenings;
        this.caseFiles = caseFiles;
        this.auditLog = auditLog;
    }

    /** Saves the screening; returns the facts of the referral the eligibility decision also needs. */
    public IntakeSummary record(ScreeningResult result, String screenedBy) {
        screenings.save(result, screenedBy);
        auditLog.write(result.caseId(), Resource.SCREENING, Purpose.SCREENING);
        IntakeSummary summary = caseFiles.findIntakeSummary(result.caseId())
                .orElseThrow(() -> new IllegalStateException("No case file " + result.caseId()));
        auditLog.read(result.caseId(), Resource.INTAKE_SUMMARY, Purpose.SCREENING);
        return summary;
    }

    public void decide(String caseId, ScreeningOutcome outcome, String priority) {
        screenings.recordOutcome(caseId, outcome, priority);
        auditLog.write(caseId, Resource.SCREENING, Purpose.SCREENING);
        if (outcome == ScreeningOutcome.BUDDY_TRAJECTORY) {
            caseFiles.moveToPhase(caseId, CasePhase.MATCHING);
        }
    }
}
