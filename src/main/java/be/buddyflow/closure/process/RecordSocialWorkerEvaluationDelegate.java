package be.buddyflow.closure.process;

import be.buddyflow.closure.FinalEvaluations;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the social worker's final evaluation in our table and takes it out of the process: the
 * volunteer, assignee of a task in the same instance, can read every variable of it.
 */
@Component
public class RecordSocialWorkerEvaluationDelegate implements JavaDelegate {

    private final FinalEvaluations evaluations;

    public RecordSocialWorkerEvaluationDelegate(FinalEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluations.recordBySocialWorker(TrajectoryProcess.CASE_ID.require(execution),
                Integer.parseInt(ClosureProcess.SOCIAL_WORKER_RATING.require(execution)),
                FinalEvaluations.GoalsReached.valueOf(ClosureProcess.GOALS_REACHED.require(execution)),
                ClosureProcess.SOCIAL_WORKER_COMMENT.get(execution), CurrentUser.of(execution).orElse(null));
        execution.removeVariable(ClosureProcess.SOCIAL_WORKER_RATING.name());
        execution.removeVariable(ClosureProcess.GOALS_REACHED.name());
        execution.removeVariable(ClosureProcess.SOCIAL_WORKER_COMMENT.name());
    }
}
