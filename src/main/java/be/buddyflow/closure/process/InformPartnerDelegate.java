package be.buddyflow.closure.process;

import be.buddyflow.notification.PartnerCallbacks;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the referring partner that the case closed, with its reason. A failure throws, so the job
 * retries on {@code buddyflow.partners.callback-retry-cycle} and then stands as an incident.
 */
@Component
public class InformPartnerDelegate implements JavaDelegate {

    private final PartnerCallbacks callbacks;

    public InformPartnerDelegate(PartnerCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // One closure is one change: the same key on every retry lets the partner drop a duplicate.
        callbacks.caseChanged(TrajectoryProcess.CASE_ID.require(execution),
                "closure-" + execution.getProcessInstanceId());
    }
}
