package be.buddyflow.trajectory;

import java.util.HashMap;
import java.util.Map;

import java.time.Duration;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Starts and finds the trajectory of a case: the one place that knows the process key. */
@Service
public class Trajectories {

    private final RuntimeService runtimeService;
    private final String acceptanceDeadline;
    private final String waitingListRetry;
    private final String waitingListEscalation;
    private final ActiveTrajectorySettings activeTrajectory;

    Trajectories(RuntimeService runtimeService,
            @Value("${buddyflow.trajectory.acceptance-deadline:P3D}") String acceptanceDeadline,
            @Value("${buddyflow.trajectory.waiting-list-retry:P7D}") String waitingListRetry,
            @Value("${buddyflow.trajectory.waiting-list-escalation:P30D}") String waitingListEscalation,
            ActiveTrajectorySettings activeTrajectory) {
        this.runtimeService = runtimeService;
        // Parsed here so that a wrong setting stops start-up instead of failing a case later.
        this.acceptanceDeadline = Duration.parse(acceptanceDeadline).toString();
        this.waitingListRetry = Duration.parse(waitingListRetry).toString();
        this.waitingListEscalation = Duration.parse(waitingListEscalation).toString();
        this.activeTrajectory = activeTrajectory;
    }

    /**
     * The newcomer left the programme: the trajectory's event subprocess closes the case, whatever
     * phase it is in. False when no trajectory of this case is running.
     */
    public boolean endEarly(String caseId, String closureReason) {
        try {
            runtimeService.createMessageCorrelation(TrajectoryProcess.MESSAGE_LEFT_PROGRAMME)
                    .processInstanceBusinessKey(caseId)
                    .setVariable(TrajectoryProcess.CLOSURE_REASON.name(), closureReason)
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException noTrajectory) {
            return false;
        }
    }

    /**
     * The newcomer withdrew consent to buddy contact: a trajectory in matching or with an active duo
     * ends that phase and goes to its closure. False when the trajectory is in no such phase (before
     * matching, the screening's decision table already reads the withdrawn consent).
     */
    public boolean buddyContactWithdrawn(String caseId) {
        try {
            runtimeService.createMessageCorrelation(TrajectoryProcess.MESSAGE_BUDDY_CONTACT_WITHDRAWN)
                    .processInstanceBusinessKey(caseId)
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException notInMatchingOrActive) {
            return false;
        }
    }

    /** Starts the case's trajectory in the caller's transaction; the case id is the business key. */
    public ProcessInstance start(String caseId, String caseTeam) {
        Map<String, Object> variables = new HashMap<>();
        TrajectoryProcess.CASE_ID.put(variables, caseId);
        TrajectoryProcess.CASE_TEAM.put(variables, caseTeam);
        TrajectoryProcess.ACCEPTANCE_DEADLINE.put(variables, acceptanceDeadline);
        TrajectoryProcess.WAITING_LIST_RETRY.put(variables, waitingListRetry);
        TrajectoryProcess.WAITING_LIST_ESCALATION.put(variables, waitingListEscalation);
        TrajectoryProcess.TRAJECTORY_DURATION.put(variables, activeTrajectory.duration());
        TrajectoryProcess.MEETING_INTERVAL.put(variables, activeTrajectory.meetingInterval());
        TrajectoryProcess.MEETING_FOLLOW_UP_AFTER.put(variables, activeTrajectory.meetingFollowUpAfter());
        return runtimeService.startProcessInstanceByKey(TrajectoryProcess.KEY, caseId, variables);
    }
}
