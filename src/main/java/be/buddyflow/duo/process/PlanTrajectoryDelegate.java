package be.buddyflow.duo.process;

import static be.buddyflow.duo.process.ActiveTrajectoryProcess.at;

import java.time.Duration;
import java.time.Period;

import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.trajectory.ActiveTrajectorySettings;
import be.buddyflow.duo.TrajectorySchedule;
import be.buddyflow.trajectory.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case enters the active phase and its dates are fixed once: end, mid-point, first check-in
 * number. A case may bring its own duration and intervals; otherwise the settings apply.
 */
@Component
public class PlanTrajectoryDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;
    private final ActiveTrajectorySettings settings;

    public PlanTrajectoryDelegate(ActiveTrajectory activeTrajectory, ActiveTrajectorySettings settings) {
        this.activeTrajectory = activeTrajectory;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Period duration = Period.parse(orDefault(execution, ActiveTrajectoryProcess.TRAJECTORY_DURATION,
                settings.duration()));
        Duration.parse(orDefault(execution, ActiveTrajectoryProcess.MEETING_INTERVAL, settings.meetingInterval()));
        Duration.parse(orDefault(execution, ActiveTrajectoryProcess.MEETING_FOLLOW_UP_AFTER,
                settings.meetingFollowUpAfter()));

        TrajectorySchedule schedule = activeTrajectory.start(ActiveTrajectoryProcess.caseId(execution), duration);

        ActiveTrajectoryProcess.STARTED_AT.set(execution, at(schedule.start()));
        ActiveTrajectoryProcess.END_DATE.set(execution, at(schedule.end()));
        ActiveTrajectoryProcess.MIDPOINT_DATE.set(execution, at(schedule.midpoint()));
        ActiveTrajectoryProcess.EVALUATION_DUE_DATE.set(execution,
                at(schedule.midpoint().plus(TrajectorySchedule.EVALUATION_TERM)));
        ActiveTrajectoryProcess.CHECK_IN_NUMBER.set(execution, 0);
    }

    private static String orDefault(DelegateExecution execution, ProcessVariable<String> variable, String fallback) {
        String value = variable.get(execution);
        if (value == null || value.isBlank()) {
            variable.set(execution, fallback);
            return fallback;
        }
        return value;
    }
}
