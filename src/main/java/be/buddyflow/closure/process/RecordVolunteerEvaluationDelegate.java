package be.buddyflow.closure.process;

import be.buddyflow.closure.FinalEvaluations;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the volunteer's final evaluation in our table and takes it out of the process: the comment
 * is free text about a person, and the social worker's task of the same instance could read it.
 */
@Component
public class RecordVolunteerEvaluationDelegate implements JavaDelegate {

    private final FinalEvaluations evaluations;

    public RecordVolunteerEvaluationDelegate(FinalEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluations.recordByVolunteer(TrajectoryProcess.CASE_ID.require(execution),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution),
                Integer.parseInt(ClosureProcess.VOLUNTEER_RATING.require(execution)),
                "YES".equals(ClosureProcess.WOULD_BUDDY_AGAIN.require(execution)),
                ClosureProcess.VOLUNTEER_COMMENT.get(execution), CurrentUser.of(execution).orElse(null));
        execution.removeVariable(ClosureProcess.VOLUNTEER_RATING.name());
        execution.removeVariable(ClosureProcess.WOULD_BUDDY_AGAIN.name());
        execution.removeVariable(ClosureProcess.VOLUNTEER_COMMENT.name());
    }
}
