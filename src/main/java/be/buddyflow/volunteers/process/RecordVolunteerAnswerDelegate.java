package be.buddyflow.volunteers.process;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ProposeMatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the volunteer's answer to a proposal (NO_ANSWER when the deadline passed). */
@Component
public class RecordVolunteerAnswerDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public RecordVolunteerAnswerDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposeMatch.recordAnswer(TrajectoryProcess.CASE_ID.require(execution),
                MatchingProcess.PROPOSED_VOLUNTEER_ID.require(execution),
                MatchingProcess.VOLUNTEER_ANSWER.require(execution));
    }
}
