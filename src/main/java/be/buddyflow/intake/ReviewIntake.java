package be.buddyflow.intake;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.IntakeSummary;
import org.springframework.stereotype.Service;

/** The intake review: what the social worker sees, and what their decision does to the case. */
@Service
public class ReviewIntake {

    private final CaseFileRepository caseFiles;

    ReviewIntake(CaseFileRepository caseFiles) {
        this.caseFiles = caseFiles;
    }

    public IntakeSummary summary(String caseId) {
        return caseFiles.findIntakeSummary(caseId)
                .orElseThrow(() -> new IllegalStateException("No case file " + caseId));
    }

    /** Case ids that may concern the same person, for the reviewer to check (never merged). */
    public java.util.List<String> possibleDuplicates(String caseId) {
        return caseFiles.findPossibleDuplicates(caseId);
    }

    public void decide(String caseId, IntakeDecision decision, IntakeRejectionReason reason, String decidedBy) {
        if (decision == IntakeDecision.REJECTED && reason == null) {
            throw new IllegalArgumentException("A rejected intake needs a reason");
        }
        caseFiles.recordDecision(caseId, "INTAKE_" + decision.name(),
                decision == IntakeDecision.REJECTED ? reason.name() : null, decidedBy);
        if (decision == IntakeDecision.ACCEPTED) {
            caseFiles.moveToPhase(caseId, CasePhase.SCREENING);
        }
    }
}
