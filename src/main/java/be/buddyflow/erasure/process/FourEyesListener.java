package be.buddyflow.erasure.process;

import be.buddyflow.trajectory.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records who decided the erasure: the authenticated user (Tasklist, engine REST), else the assignee.
 * The model's gateway "Door een tweede persoon?" sends a decision by the requester back to the task:
 * refusing it here would reach Tasklist as an engine error, not as a message.
 */
@Component
public class FourEyesListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decidedBy = CurrentUser.of(task.getExecution()).orElse(task.getAssignee());
        ErasureProcess.APPROVED_BY.set(task.getExecution(), decidedBy);
        ErasureProcess.DECIDED_BY_REQUESTER.set(task.getExecution(),
                decidedBy == null || decidedBy.equals(ErasureProcess.REQUESTED_BY.get(task.getExecution())));
    }
}
