package be.buddyflow.erasure.process;

import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.FormRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes: whoever completes the approval must not be the person who asked for the erasure. The
 * completing user is the authenticated one (Tasklist, engine REST), else the assignee.
 */
@Component
public class FourEyesListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String approver = CurrentUser.of(task.getExecution()).orElse(task.getAssignee());
        if (approver == null || approver.equals(ErasureProcess.REQUESTED_BY.get(task.getExecution()))) {
            throw FormRefusal.of(ErasureProcess.ERASURE_DECISION.name(), "Vier ogen · Quatre yeux · Four eyes: "
                    + "the erasure must be decided by someone other than " + approver + ", who asked for it");
        }
        ErasureProcess.APPROVED_BY.set(task.getExecution(), approver);
    }
}
