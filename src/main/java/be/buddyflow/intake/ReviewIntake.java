package be.buddyflow.intake;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.casefile.PossibleDuplicates;
import org.springframework.stereotype.Service;

/** The intake review: what the social worker sees, and what their decision does to the case. */
@Service
public class ReviewIntake {

    /** How many possible duplicates the review names; the count says how many more there are. */
    public static final int POSSIBLE_DUPLICATES_SHOWN = 5;

    private final CaseFileRepository caseFiles;
    private final AuditLog auditLog;

    ReviewIntake(CaseFileRepository caseFiles, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.auditLog = auditLog;
    }

    /** Copied into the review task (by whoever's call starts the intake: the referral, or a job). */
    public IntakeSummary summary(String caseId) {
        IntakeSummary summary = caseFiles.findIntakeSummary(caseId)
                .orElseThrow(() -> new IllegalStateException("No case file " + caseId));
        auditLog.read(caseId, Resource.INTAKE_SUMMARY, Purpose.INTAKE_REVIEW);
        return summary;
    }

    /**
     * Cases of the case's own organisation that may concern the same person, for the reviewer to
     * check (never merged): how many, and the most recent few. Bounded, because what the review task
     * keeps of it must not grow with the number of namesakes (issue 11, finding 4).
     */
    public PossibleDuplicates possibleDuplicates(String caseId) {
        return caseFiles.findPossibleDuplicates(caseId, POSSIBLE_DUPLICATES_SHOWN);
    }

    public void decide(String caseId, IntakeDecision decision, IntakeRejectionReason reason, String decidedBy) {
        if (decision == IntakeDecision.REJECTED && reason == null) {
            throw new IllegalArgumentException("A rejected intake needs a reason");
        }
        // The engine does not tell us when a task's form is opened; the reviewer's decision is the
        // moment we know they read the summary the task shows.
        auditLog.read(caseId, Resource.INTAKE_SUMMARY, Purpose.INTAKE_REVIEW);
        auditLog.write(caseId, Resource.CASE_STATUS, Purpose.INTAKE_REVIEW);
        caseFiles.recordDecision(caseId, "INTAKE_" + decision.name(),
                decision == IntakeDecision.REJECTED ? reason.name() : null, decidedBy);
        if (decision == IntakeDecision.ACCEPTED) {
            caseFiles.moveToPhase(caseId, CasePhase.SCREENING);
        }
    }
}
