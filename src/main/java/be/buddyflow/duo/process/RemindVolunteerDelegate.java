package be.buddyflow.duo.process;

import be.buddyflow.duo.ActiveTrajectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No meeting logged within the interval: the volunteer gets a reminder through the outbox. */
@Component
public class RemindVolunteerDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;

    public RemindVolunteerDelegate(ActiveTrajectory activeTrajectory) {
        this.activeTrajectory = activeTrajectory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activeTrajectory.remindVolunteer(ActiveTrajectoryProcess.caseId(execution),
                ActiveTrajectoryProcess.BUDDY_VOLUNTEER_USER.get(execution));
    }
}
