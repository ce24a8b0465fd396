package be.buddyflow.volunteers.process;

import java.util.List;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.MatchingWords;
import be.buddyflow.volunteers.ProposeMatch;
import be.buddyflow.volunteers.Shortlist;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ranks the pool for the case, leaving out every volunteer the case met before (in this matching or
 * an earlier one), and writes what the coordinator reads: one readable label per candidate for the
 * choice, the entries with their "why", and the newcomer's matching profile.
 */
@Component
public class FindCandidatesDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public FindCandidatesDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TrajectoryProcess.CASE_ID.require(execution);
        Shortlist shortlist = proposeMatch.shortlist(caseId);
        MatchingProcess.CANDIDATES_FOUND.set(execution, !shortlist.isEmpty());
        MatchingProcess.CANDIDATE_OVERVIEW.set(execution, shortlist.overview(MatchingWords.DUTCH));
        MatchingProcess.CANDIDATE_IDS.set(execution, shortlist.volunteerIds());
        List<String> labels = shortlist.labels(MatchingWords.DUTCH);
        for (int i = 0; i < MatchingProcess.CANDIDATE_LABELS.size(); i++) {
            // A shorter list than last time (a search after a decline) leaves no stale option behind.
            MatchingProcess.CANDIDATE_LABELS.get(i).set(execution, i < labels.size() ? labels.get(i) : null);
        }
        MatchingProcess.NEWCOMER_PROFILE.set(execution,
                shortlist.isEmpty() ? null : proposeMatch.newcomerProfile(caseId, MatchingWords.DUTCH));
    }
}
