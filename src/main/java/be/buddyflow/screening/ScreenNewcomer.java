package be.buddyflow.screening;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.IntakeSummary;
import org.springframework.stereotype.Service;

/** Records a screening and what the eligibility decision made of it. */
@Service
public class ScreenNewcomer {

    private final Screenings screenings;
    private final CaseFileRepository caseFiles;

    ScreenNewcomer(Screenings screenings, CaseFileRepository caseFiles) {
        this.screenings = screenings;
        this.caseFiles = caseFiles;
    }

    /** Saves the screening; returns the facts of the referral the eligibility decision also needs. */
    public IntakeSummary record(ScreeningResult result, String screenedBy) {
        screenings.save(result, screenedBy);
        return caseFiles.findIntakeSummary(result.caseId())
                .orElseThrow(() -> new IllegalStateException("No case file " + result.caseId()));
    }

    public void decide(String caseId, ScreeningOutcome outcome, String priority) {
        screenings.recordOutcome(caseId, outcome, priority);
        if (outcome == ScreeningOutcome.BUDDY_TRAJECTORY) {
            caseFiles.moveToPhase(caseId, CasePhase.MATCHING);
        }
    }
}
