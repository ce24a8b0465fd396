package be.buddyflow.duo.process;

import be.buddyflow.duo.ActiveOutcome;
import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The coordinator decided how an early end goes on: the duo ends and the decision becomes the
 * phase's outcome. Runs in the completion of the coordinator's task, so a decision other than
 * REMATCH or CLOSE is refused there.
 */
@Component
public class EndDuoEarlyDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;

    public EndDuoEarlyDelegate(ActiveTrajectory activeTrajectory) {
        this.activeTrajectory = activeTrajectory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ActiveTrajectoryProcess.END_DECISION.get(execution);
        if (!ActiveOutcome.REMATCH.name().equals(decision) && !ActiveOutcome.CLOSE.name().equals(decision)) {
            throw FormRefusal.of(ActiveTrajectoryProcess.END_DECISION.name(), "Kies: nieuwe buddy of afsluiten · Choisissez : nouveau buddy ou clôture"
                    + " · Choose: new buddy or close");
        }
        activeTrajectory.endEarly(ActiveTrajectoryProcess.caseId(execution),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution));
        ActiveTrajectoryProcess.ACTIVE_OUTCOME.set(execution, decision);
    }
}
