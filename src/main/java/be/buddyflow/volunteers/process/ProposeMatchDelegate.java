package be.buddyflow.volunteers.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ProposeMatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the chosen candidate's question to the volunteer, with the newcomer's minimal profile. */
@Component
public class ProposeMatchDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public ProposeMatchDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = TrajectoryProcess.CASE_ID.require(execution);
        String volunteerId = MatchingProcess.CANDIDATE_IDS.require(execution)
                .split(",")[Integer.parseInt(MatchingProcess.CHOSEN_CANDIDATE.require(execution)) - 1];
        // Checked again: the pool may have changed since the coordinator chose.
        ScoredCandidate candidate = proposeMatch.feasible(caseId, volunteerId)
                .orElseThrow(() -> new IllegalStateException("Volunteer " + volunteerId + " is no longer available"));
        ProposeMatch.Proposal proposal = proposeMatch.propose(caseId, candidate, CurrentUser.of(execution).orElse(null));
        // The proposal's row in match_proposal is the case's memory: no volunteer is asked twice
        // for it, in this matching or a rematch.
        MatchingProcess.PROPOSED_VOLUNTEER_ID.set(execution, proposal.volunteerId());
        MatchingProcess.PROPOSED_VOLUNTEER_USER.set(execution, proposal.volunteerUser());
        MatchingProcess.PROPOSED_VOLUNTEER_NAME.set(execution, candidate.volunteer().firstName());
        MatchingProcess.BUDDY_PROFILE.set(execution, proposeMatch.buddyProfile(caseId));
        // The volunteer may read the variables of the task assigned to them: the coordinator's
        // shortlist (other volunteers' names and scores) must not be among them.
        execution.removeVariable(MatchingProcess.CANDIDATE_OVERVIEW.name());
        execution.removeVariable(MatchingProcess.CANDIDATE_IDS.name());
        MatchingProcess.CANDIDATE_LABELS.forEach(label -> execution.removeVariable(label.name()));
        execution.removeVariable(MatchingProcess.NEWCOMER_PROFILE.name());
        execution.setVariable(MatchingProcess.ACCEPTANCE_DUE_DATE, Date.from(Instant.now()
                .plus(Duration.parse(MatchingProcess.ACCEPTANCE_DEADLINE.require(execution)))));
    }
}
