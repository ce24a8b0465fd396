package be.buddyflow.closure.process;

import be.buddyflow.closure.CloseCase;
import be.buddyflow.closure.ClosureReason;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case file with the reason the model gives (input parameter {@code closureReason}). */
@Component
public class CloseCaseDelegate implements JavaDelegate {

    private final CloseCase closeCase;

    public CloseCaseDelegate(CloseCase closeCase) {
        this.closeCase = closeCase;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closeCase.close(TrajectoryProcess.CASE_ID.require(execution),
                ClosureReason.valueOf(TrajectoryProcess.CLOSURE_REASON.require(execution)));
    }
}
