package be.buddyflow.volunteers.process;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ProposeMatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The volunteer said yes: the duo exists and takes one of the volunteer's places. */
@Component
public class FormDuoDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public FormDuoDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposeMatch.formDuo(TrajectoryProcess.CASE_ID.require(execution),
                MatchingProcess.PROPOSED_VOLUNTEER_ID.require(execution));
    }
}
