package be.buddyflow.volunteers.process;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ProposeMatch;
import be.buddyflow.volunteers.Shortlist;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the pool for the case, leaving out volunteers asked before, for the coordinator to choose. */
@Component
public class FindCandidatesDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public FindCandidatesDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shortlist shortlist = proposeMatch.shortlist(TrajectoryProcess.CASE_ID.require(execution),
                MatchingProcess.askedVolunteers(execution));
        MatchingProcess.CANDIDATES_FOUND.set(execution, !shortlist.isEmpty());
        MatchingProcess.CANDIDATE_OVERVIEW.set(execution, shortlist.overview());
        MatchingProcess.CANDIDATE_IDS.set(execution, shortlist.volunteerIds());
    }
}
