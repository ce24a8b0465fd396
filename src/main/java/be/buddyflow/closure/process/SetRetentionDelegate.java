package be.buddyflow.closure.process;

import be.buddyflow.closure.CaseRetention;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case is closed: from now on it is kept for the retention period, then it may be erased. */
@Component
public class SetRetentionDelegate implements JavaDelegate {

    private final CaseRetention retention;

    public SetRetentionDelegate(CaseRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        retention.retain(TrajectoryProcess.CASE_ID.require(execution));
    }
}
