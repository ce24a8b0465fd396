package be.buddyflow.duo.process;

import static be.buddyflow.duo.process.ActiveTrajectoryProcess.at;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.local;

import java.time.LocalDateTime;

import be.buddyflow.duo.TrajectorySchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The next coordinator check-in, counted from the start so that a late one does not shift the rest. */
@Component
public class PlanCheckInDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        TrajectorySchedule schedule = new TrajectorySchedule(
                local(ActiveTrajectoryProcess.STARTED_AT.require(execution)),
                local(ActiveTrajectoryProcess.END_DATE.require(execution)));
        int next = ActiveTrajectoryProcess.CHECK_IN_NUMBER.require(execution) + 1;
        boolean more = schedule.hasCheckIn(next);

        ActiveTrajectoryProcess.CHECK_IN_NUMBER.set(execution, next);
        ActiveTrajectoryProcess.MORE_CHECK_INS.set(execution, more);
        if (more) {
            LocalDateTime due = schedule.checkIn(next);
            ActiveTrajectoryProcess.CHECK_IN_DATE.set(execution, at(due));
            ActiveTrajectoryProcess.CHECK_IN_DUE_DATE.set(execution, at(due.plus(TrajectorySchedule.CHECK_IN_TERM)));
        }
    }
}
