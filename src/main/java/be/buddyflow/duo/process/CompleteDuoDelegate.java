package be.buddyflow.duo.process;

import be.buddyflow.duo.ActiveOutcome;
import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The planned duration is over: the duo ends as completed and the volunteer's place is free again. */
@Component
public class CompleteDuoDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;

    public CompleteDuoDelegate(ActiveTrajectory activeTrajectory) {
        this.activeTrajectory = activeTrajectory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activeTrajectory.complete(ActiveTrajectoryProcess.caseId(execution),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution));
        ActiveTrajectoryProcess.ACTIVE_OUTCOME.set(execution, ActiveOutcome.COMPLETED.name());
    }
}
